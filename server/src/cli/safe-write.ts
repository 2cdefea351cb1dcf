// Writing a file in place truncates it first: a full disk or a crash then leaves half a file, and
// a symbolic link in a checked-out pull request can point the write anywhere. Files are replaced
// instead: a new file beside the target, flushed, then renamed over it, which either happens whole
// or not at all.
import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { insideRoots } from './inside-roots';

/** A write refused because of where it would go; the target is left as it was. */
export class UnsafeWriteError extends Error {}

function writeAll(fd: number, data: Buffer): void {
  let written = 0;
  while (written < data.length) written += fs.writeSync(fd, data, written, data.length - written);
}

/** Best effort: the rename is durable once the directory entry is on disk too. */
function syncDirectory(directory: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(directory, fs.constants.O_RDONLY);
    fs.fsyncSync(fd);
  } catch {
    // Some platforms and file systems cannot open or flush a directory; the rename stands anyway.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/**
 * Replaces the regular file `target` (no links in its last component) by `data`, keeping its
 * mode, owner and group. The temporary file is created exclusively (never through an existing
 * name or link); on any failure it is removed and `target` is unchanged.
 */
function replaceRegularFile(target: string, data: Buffer, stat: fs.Stats): void {
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const fd = fs.openSync(temp, 'wx', 0o600);
  let open = true;
  let renamed = false;
  try {
    // Owner first: changing it clears set-user-ID bits, which the mode then restores.
    if (stat.uid !== process.getuid?.() || stat.gid !== process.getgid?.()) fs.fchownSync(fd, stat.uid, stat.gid);
    fs.fchmodSync(fd, stat.mode & 0o7777);
    writeAll(fd, data);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    open = false;
    fs.renameSync(temp, target);
    renamed = true;
  } finally {
    if (open) fs.closeSync(fd);
    if (!renamed) fs.rmSync(temp, { force: true });
  }
  syncDirectory(dirname(target));
}

/**
 * Writes fixes to a checked file. A symbolic link is written through to the file it leads to
 * (the link stays a link) only when that file is inside one of `roots`; otherwise nothing is
 * written and {@link UnsafeWriteError} says why.
 */
export function writeCheckedFile(path: string, content: string | Uint8Array, roots: readonly string[]): void {
  const real = fs.realpathSync(path);
  if (!insideRoots(roots, real)) {
    throw new UnsafeWriteError(`the file is a symbolic link to ${real}, outside the checked tree`);
  }
  const stat = fs.statSync(real);
  if (!stat.isFile()) throw new UnsafeWriteError('not a regular file');
  replaceRegularFile(real, typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content.buffer, content.byteOffset, content.byteLength), stat);
}

/**
 * Writes a report to the path the user chose: an existing regular file is replaced whole (a failed
 * write keeps the previous report); a new file is created; a FIFO or device (`/dev/stdout`) is
 * written to, as the user asked.
 */
export function writeReport(path: string, text: string): void {
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(path);
  } catch {
    stat = undefined;
  }
  if (stat?.isFile()) replaceRegularFile(fs.realpathSync(path), Buffer.from(text, 'utf8'), stat);
  else fs.writeFileSync(path, text, 'utf8');
}
