import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readRegularFile, regularFileRefusal } from '../../server/src/cli/read-guard';
import { collectFiles } from '../../server/src/cli/walk';
import { makeTree } from '../helpers/cli';

const posix = process.platform !== 'win32';

afterEach(() => {
  vi.restoreAllMocks();
});

/** Makes stat report `path` as the regular file `as`: the path was swapped after the check. */
function statLies(path: string, as: string): void {
  const statSync = fs.statSync;
  const regular = statSync(as);
  vi.spyOn(fs, 'statSync').mockImplementation(((p: fs.PathLike, ...rest: unknown[]) =>
    String(p) === path ? regular : (statSync as (...args: unknown[]) => unknown)(p, ...rest)) as typeof fs.statSync);
}

/**
 * Opens the FIFO for writing after a while and closes it: a reader blocked on the FIFO then
 * gets an empty file instead of hanging the test runner, and the test fails on its assertion.
 */
function unblockLater(fifo: string): () => void {
  const child = spawn(process.execPath, ['-e', `setTimeout(() => require('fs').closeSync(require('fs').openSync(${JSON.stringify(fifo)}, 'w')), 5000)`]);
  return () => child.kill('SIGKILL');
}

describe('readRegularFile', () => {
  it('reads a regular file whole', () => {
    const dir = makeTree({ 'a.tf': 'x = 1\n' });
    expect(readRegularFile(join(dir, 'a.tf'), 100).bytes?.toString()).toBe('x = 1\n');
  });

  it('refuses a file over the limit before reading it', () => {
    const dir = makeTree({ 'a.tf': 'x'.repeat(2048) });
    expect(readRegularFile(join(dir, 'a.tf'), 1024).refusal).toEqual({ reason: 'too-large', message: '2 KiB, over the 1 KiB limit', size: 2048 });
  });

  it('holds the limit while reading a file that is larger than its size said', () => {
    const dir = makeTree({ 'small.tf': 'x'.repeat(100), 'big.tf': 'x'.repeat(5000) });
    // fstat reports 0 bytes, as for a file that grows after it was opened (and as for devices).
    const fstatSync = fs.fstatSync;
    vi.spyOn(fs, 'fstatSync').mockImplementation(((fd: number) => Object.assign(fstatSync(fd), { size: 0 })) as typeof fs.fstatSync);
    expect(readRegularFile(join(dir, 'small.tf'), 1000).bytes?.length).toBe(100);
    expect(readRegularFile(join(dir, 'big.tf'), 1000).refusal).toEqual({ reason: 'too-large', message: 'grew past the 1000 bytes limit while it was read' });
  });

  it.runIf(posix)('refuses devices, FIFOs and sockets by stat, without opening them', () => {
    const dir = makeTree({});
    execFileSync('mkfifo', [join(dir, 'fifo.tf')]);
    fs.symlinkSync('/dev/zero', join(dir, 'zero.tf'));
    const openSync = vi.spyOn(fs, 'openSync');
    expect(readRegularFile(join(dir, 'fifo.tf'), 1024).refusal).toEqual({ reason: 'special', message: 'not a regular file (FIFO)' });
    expect(readRegularFile(join(dir, 'zero.tf'), 1024).refusal).toEqual({ reason: 'special', message: 'not a regular file (character device)' });
    expect(readRegularFile(dir, 1024).refusal).toEqual({ reason: 'directory', message: 'not a regular file (directory)' });
    expect(openSync).not.toHaveBeenCalled();
  });

  it.runIf(posix)('checks the opened file again: a FIFO swapped in after the check is refused without blocking', () => {
    const dir = makeTree({ 'regular.tf': 'x = 1\n' });
    const fifo = join(dir, 'fifo.tf');
    execFileSync('mkfifo', [fifo]);
    statLies(fifo, join(dir, 'regular.tf'));
    const stop = unblockLater(fifo);
    try {
      const started = Date.now();
      expect(readRegularFile(fifo, 1024).refusal).toEqual({ reason: 'special', message: 'not a regular file (FIFO)' });
      expect(Date.now() - started).toBeLessThan(1000);
    } finally {
      stop();
    }
  }, 15_000);

  it.runIf(posix)('checks the opened file again: /dev/zero swapped in after the check is not read', () => {
    const dir = makeTree({ 'regular.tf': 'x = 1\n' });
    const zero = join(dir, 'zero.tf');
    fs.symlinkSync('/dev/zero', zero);
    statLies(zero, join(dir, 'regular.tf'));
    expect(readRegularFile(zero, 1024).refusal).toEqual({ reason: 'special', message: 'not a regular file (character device)' });
  });

  it.runIf(posix)('tells a link loop and a dangling link from a missing file', () => {
    const dir = makeTree({});
    fs.symlinkSync('loop.tf', join(dir, 'loop.tf'));
    fs.symlinkSync('gone.tf', join(dir, 'dangling.tf'));
    expect(regularFileRefusal(join(dir, 'loop.tf'))).toEqual({ reason: 'link-loop', message: 'symbolic link loop' });
    expect(regularFileRefusal(join(dir, 'dangling.tf'))).toEqual({ reason: 'dangling-link', message: 'dangling symbolic link (to gone.tf, which does not exist)' });
    expect(regularFileRefusal(join(dir, 'missing.tf'))).toEqual({ reason: 'missing', message: 'no such file' });
  });
});

describe('ignore files in a walk', () => {
  it('does not apply a .gitignore over 1 MiB, and says so under its path', () => {
    const cwd = makeTree({ '.gitignore': `ignored.Dockerfile\n${'#'.repeat(1536 * 1024)}\n`, 'ignored.Dockerfile': 'FROM alpine\n' });
    expect(collectFiles(['.'], cwd).map((c) => [c.path.slice(cwd.length + 1), c.unread])).toEqual([
      ['.gitignore', { severity: 'info', message: 'Not read (1.5 MiB, over the 1 MiB limit); its patterns were not applied.' }],
      ['ignored.Dockerfile', undefined],
    ]);
  });
});
