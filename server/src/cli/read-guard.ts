// One way in for every file read from disk. A pull request can carry symbolic links to devices,
// and a checkout can hold FIFOs and sockets: reading those blocks forever (a FIFO without a
// writer) or never ends (`/dev/zero`, whose reported size is 0, so a size check before reading
// passes). Only regular files are read, and the size limit holds while reading, not just at stat.
import fs from 'node:fs';
import { decode } from '../parsers/decode';

/** Why a path was not read; `message` completes "… not read: " or "…; not checked". */
export interface Refusal {
  reason: 'missing' | 'dangling-link' | 'link-loop' | 'directory' | 'special' | 'too-large' | 'unreadable';
  message: string;
  /** For `too-large`: the size at open; absent when the file grew past the limit while it was read. */
  size?: number;
}

export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KiB`;
  return `${bytes} bytes`;
}

function tooLarge(size: number, maxBytes: number, grew: boolean): Refusal {
  if (grew) return { reason: 'too-large', message: `grew past the ${formatSize(maxBytes)} limit while it was read` };
  return { reason: 'too-large', message: `${formatSize(size)}, over the ${formatSize(maxBytes)} limit`, size };
}

export type GuardedRead = { bytes: Buffer; refusal?: undefined } | { bytes?: undefined; refusal: Refusal };

/** What a stat says a path is, in the words `ls -l` users know. */
function describeKind(stat: fs.Stats): string | undefined {
  if (stat.isFile()) return undefined;
  if (stat.isDirectory()) return 'a directory';
  if (stat.isFIFO()) return 'a FIFO';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  return 'an unknown kind of file';
}

function special(kind: string): Refusal {
  return { reason: kind === 'a directory' ? 'directory' : 'special', message: `not a regular file (${kind.replace(/^an? /, '')})` };
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

/** Explains a failed stat or open: a link loop and a dangling link are told apart from a missing file. */
export function explainError(path: string, error: unknown): Refusal {
  const code = errorCode(error);
  if (code === 'ELOOP') return { reason: 'link-loop', message: 'symbolic link loop' };
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    try {
      const target = fs.readlinkSync(path);
      return { reason: 'dangling-link', message: `dangling symbolic link (to ${target}, which does not exist)` };
    } catch {
      return { reason: 'missing', message: 'no such file' };
    }
  }
  // Opening a socket fails with ENXIO; say what it is rather than quote the errno.
  if (code === 'ENXIO') return special('socket');
  return { reason: 'unreadable', message: error instanceof Error ? error.message : String(error) };
}

/**
 * Checks, without opening it, that `path` leads (through links) to a regular file; the refusal
 * otherwise. Callers that only list files use it; reading goes through {@link readRegularFile}.
 */
export function regularFileRefusal(path: string): Refusal | undefined {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(path);
  } catch (error) {
    return explainError(path, error);
  }
  const kind = describeKind(stat);
  return kind === undefined ? undefined : special(kind);
}

/** Opening with O_NONBLOCK cannot wait for a FIFO's writer; it changes nothing for regular files. */
const openFlags = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);
const chunkBytes = 64 * 1024;

/**
 * Reads a regular file of at most `maxBytes` bytes. The path is checked with stat first (a device
 * is never opened), then the opened descriptor again (the path may have been swapped between the
 * two), and reading stops one byte past the limit (the file may grow while it is read).
 */
export function readRegularFile(path: string, maxBytes: number): GuardedRead {
  const before = regularFileRefusal(path);
  if (before) return { refusal: before };
  let fd: number;
  try {
    fd = fs.openSync(path, openFlags);
  } catch (error) {
    return { refusal: explainError(path, error) };
  }
  try {
    const stat = fs.fstatSync(fd);
    const kind = describeKind(stat);
    if (kind !== undefined) return { refusal: special(kind) };
    if (stat.size > maxBytes) return { refusal: tooLarge(stat.size, maxBytes, false) };
    let buffer = Buffer.allocUnsafe(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    while (true) {
      if (length === buffer.length) {
        if (length > maxBytes) return { refusal: tooLarge(length, maxBytes, true) };
        const grown = Buffer.allocUnsafe(Math.min(length + chunkBytes, maxBytes + 1));
        buffer.copy(grown, 0, 0, length);
        buffer = grown;
      }
      const read = fs.readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    if (length > maxBytes) return { refusal: tooLarge(length, maxBytes, true) };
    return { bytes: buffer.subarray(0, length) };
  } catch (error) {
    return { refusal: explainError(path, error) };
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * {@link readRegularFile} decoded as checked files are (UTF-8, or UTF-16 by its byte order mark),
 * for files that are read but not checked themselves (ignore and module files, `file()` targets).
 */
export function readRegularText(path: string, maxBytes: number): { text: string; refusal?: undefined } | { text?: undefined; refusal: Refusal } {
  const read = readRegularFile(path, maxBytes);
  if (read.refusal) return { refusal: read.refusal };
  const decoded = decode(read.bytes);
  return decoded.ok ? { text: decoded.text } : { refusal: { reason: 'unreadable', message: decoded.message.replace(/\.$/, '') } };
}
