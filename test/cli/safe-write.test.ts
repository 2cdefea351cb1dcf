import fs from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { checkFile, type CheckOptions } from '../../server/src/cli/check-file';
import { UnsafeWriteError, writeCheckedFile, writeReport } from '../../server/src/cli/safe-write';
import { initParsers } from '../../server/src/parsers';
import { makeTree, runCli } from '../helpers/cli';
import { pinRule } from './synthetic-rules';

const posix = process.platform !== 'win32';
const isRoot = process.getuid?.() === 0;

beforeAll(async () => {
  await initParsers();
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** The names in a folder: a write leaves no temporary file behind, whatever happened. */
const names = (dir: string) => fs.readdirSync(dir).sort();

const options = (roots: string[]): CheckOptions => ({
  maxFileSize: 1024 * 1024,
  fix: true,
  disabledRules: [],
  threshold: 'low',
  keepText: false,
  roots,
});

describe('writeCheckedFile', () => {
  it('replaces the file by a new one, keeping its mode', () => {
    const dir = makeTree({ 'Dockerfile': 'FROM alpine:latest\n' });
    const path = join(dir, 'Dockerfile');
    fs.chmodSync(path, 0o640);
    const before = fs.statSync(path);
    writeCheckedFile(path, 'FROM alpine:3.20\n', [dir]);
    const after = fs.statSync(path);
    expect(fs.readFileSync(path, 'utf8')).toBe('FROM alpine:3.20\n');
    expect(after.mode & 0o7777).toBe(0o640);
    // A new file renamed over the old one, never the old one truncated and rewritten.
    expect(after.ino).not.toBe(before.ino);
    expect(names(dir)).toEqual(['Dockerfile']);
  });

  it.runIf(posix && isRoot)('keeps the owner and group of a file it replaces as root', () => {
    const dir = makeTree({ 'Dockerfile': 'FROM alpine:latest\n' });
    const path = join(dir, 'Dockerfile');
    fs.chownSync(path, 1234, 2345);
    fs.chmodSync(path, 0o4750);
    writeCheckedFile(path, 'FROM alpine:3.20\n', [dir]);
    const after = fs.statSync(path);
    expect([after.uid, after.gid, after.mode & 0o7777]).toEqual([1234, 2345, 0o4750]);
  });

  it.runIf(posix)('writes through a link to a file inside the tree, and the link stays a link', () => {
    const dir = makeTree({ 'base/Dockerfile': 'FROM alpine:latest\n' });
    const link = join(dir, 'app.Dockerfile');
    fs.symlinkSync('base/Dockerfile', link);
    writeCheckedFile(link, 'FROM alpine:3.20\n', [dir]);
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(fs.readlinkSync(link)).toBe('base/Dockerfile');
    expect(fs.readFileSync(join(dir, 'base/Dockerfile'), 'utf8')).toBe('FROM alpine:3.20\n');
    expect(names(join(dir, 'base'))).toEqual(['Dockerfile']);
  });

  it.runIf(posix)('does not write through a link that leads out of the tree', () => {
    const outside = makeTree({ 'victim': 'FROM alpine:latest\nkeep me\n' });
    const dir = makeTree({});
    const link = join(dir, 'Dockerfile');
    fs.symlinkSync(join(outside, 'victim'), link);
    expect(() => writeCheckedFile(link, 'FROM alpine:3.20\n', [dir])).toThrow(
      new UnsafeWriteError(`the file is a symbolic link to ${fs.realpathSync(join(outside, 'victim'))}, outside the checked tree`),
    );
    expect(fs.readFileSync(join(outside, 'victim'), 'utf8')).toBe('FROM alpine:latest\nkeep me\n');
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(names(outside)).toEqual(['victim']);
  });

  it('leaves the original byte for byte when the rename fails', () => {
    const original = Buffer.from('FROM alpine:latest\r\n\u00e9\n');
    const dir = makeTree({ 'Dockerfile': original });
    vi.spyOn(fs, 'renameSync').mockImplementation(() => {
      throw Object.assign(new Error('EXDEV: cross-device link not permitted'), { code: 'EXDEV' });
    });
    expect(() => writeCheckedFile(join(dir, 'Dockerfile'), 'FROM alpine:3.20\n', [dir])).toThrow('EXDEV');
    expect(fs.readFileSync(join(dir, 'Dockerfile')).equals(original)).toBe(true);
    expect(names(dir)).toEqual(['Dockerfile']);
  });

  it('leaves the original byte for byte when the disk fills up during the write', () => {
    const original = Buffer.from('FROM alpine:latest\n' + 'RUN true\n'.repeat(1000));
    const dir = makeTree({ 'Dockerfile': original });
    const writeSync = fs.writeSync;
    let calls = 0;
    // The first write goes through partly, the next finds the disk full.
    vi.spyOn(fs, 'writeSync').mockImplementation(((fd: number, buffer: Buffer, offset: number, length: number) => {
      if (++calls > 1) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      return (writeSync as (...args: unknown[]) => number)(fd, buffer, offset, Math.min(length, 10));
    }) as typeof fs.writeSync);
    expect(() => writeCheckedFile(join(dir, 'Dockerfile'), 'FROM alpine:3.20\n' + 'RUN true\n'.repeat(1000), [dir])).toThrow('ENOSPC');
    expect(fs.readFileSync(join(dir, 'Dockerfile')).equals(original)).toBe(true);
    expect(names(dir)).toEqual(['Dockerfile']);
  });
});

describe('fixes through checkFile and the command line', () => {
  it('writes a fix to a regular file and keeps its mode', async () => {
    const dir = makeTree({ 'Dockerfile': 'FROM alpine:latest\n' });
    const path = join(dir, 'Dockerfile');
    fs.chmodSync(path, 0o600);
    const result = await checkFile(path, [pinRule], options([dir]));
    expect([result.fixed, result.findings]).toEqual([1, []]);
    expect(fs.readFileSync(path, 'utf8')).toBe('FROM alpine:3.20\n');
    expect(fs.statSync(path).mode & 0o777).toBe(0o600);
  });

  it.runIf(posix)('reports a link out of the tree as an error and writes nothing', async () => {
    const outside = makeTree({ 'victim.Dockerfile': 'FROM alpine:latest\n' });
    const dir = makeTree({});
    const link = join(dir, 'Dockerfile');
    fs.symlinkSync(join(outside, 'victim.Dockerfile'), link);
    const result = await checkFile(link, [pinRule], options([dir]));
    expect(result.fixed).toBe(0);
    expect(result.findings.map((f) => [f.ruleId, f.severity, f.message])).toEqual([
      ['skipped', 'error', `Cannot write fixes: the file is a symbolic link to ${fs.realpathSync(join(outside, 'victim.Dockerfile'))}, outside the checked tree`],
      ['DKR-901', 'high', 'The tag "latest" moves.'],
    ]);
    expect(fs.readFileSync(join(outside, 'victim.Dockerfile'), 'utf8')).toBe('FROM alpine:latest\n');
  });

  it.runIf(posix)('with --fix, fixes a link inside the tree in its target and refuses one leading out, named or walked', async () => {
    const outside = makeTree({ 'victim.Dockerfile': 'FROM alpine:latest\n' });
    const cwd = makeTree({ 'base/Dockerfile': 'FROM alpine:latest\n' });
    fs.symlinkSync('base/Dockerfile', join(cwd, 'inside.Dockerfile'));
    fs.symlinkSync(join(outside, 'victim.Dockerfile'), join(cwd, 'outside.Dockerfile'));
    const walked = await runCli(['lint', '--fix', '--format', 'json', '.'], { cwd, rules: [pinRule] });
    const files = JSON.parse(walked.stdout).files as { path: string; findings: { ruleId: string; severity: string }[] }[];
    expect(files.map((f) => [f.path, f.findings.map((x) => `${x.ruleId}:${x.severity}`)])).toEqual([
      ['base/Dockerfile', []],
      ['inside.Dockerfile', []],
      ['outside.Dockerfile', ['skipped:error', 'DKR-901:high']],
    ]);
    expect(walked.code).toBe(1);
    expect(fs.lstatSync(join(cwd, 'inside.Dockerfile')).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(join(cwd, 'base/Dockerfile'), 'utf8')).toBe('FROM alpine:3.20\n');
    expect(fs.readFileSync(join(outside, 'victim.Dockerfile'), 'utf8')).toBe('FROM alpine:latest\n');

    // Named on the command line, the link's own folder is the tree, not the folder it leads to.
    const named = await runCli(['lint', '--fix', 'outside.Dockerfile'], { cwd, rules: [pinRule] });
    expect(named.stdout).toContain('Cannot write fixes: the file is a symbolic link to');
    expect(named.code).toBe(1);
    expect(fs.readFileSync(join(outside, 'victim.Dockerfile'), 'utf8')).toBe('FROM alpine:latest\n');
  });
});

describe('writeReport', () => {
  it('creates a new report, and replaces an existing one whole', () => {
    const dir = makeTree({ 'old.json': '{"old":true}' });
    writeReport(join(dir, 'new.json'), '{}\n');
    expect(fs.readFileSync(join(dir, 'new.json'), 'utf8')).toBe('{}\n');
    const before = fs.statSync(join(dir, 'old.json')).ino;
    writeReport(join(dir, 'old.json'), '{"new":true}\n');
    expect(fs.readFileSync(join(dir, 'old.json'), 'utf8')).toBe('{"new":true}\n');
    expect(fs.statSync(join(dir, 'old.json')).ino).not.toBe(before);
    expect(names(dir)).toEqual(['new.json', 'old.json']);
  });

  it.runIf(posix)('writes to a device as asked, without replacing it', () => {
    writeReport('/dev/null', 'report\n');
    expect(fs.statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('keeps the previous report when writing the new one fails', async () => {
    const cwd = makeTree({ 'Dockerfile': 'FROM alpine:latest\n', 'report.json': 'previous\n' });
    vi.spyOn(fs, 'fsyncSync').mockImplementation(() => {
      throw Object.assign(new Error('EIO: i/o error, fsync'), { code: 'EIO' });
    });
    const run = await runCli(['lint', '--format', 'json', '--output', 'report.json'], { cwd, rules: [pinRule] });
    expect([run.code, run.stderr]).toEqual([2, 'shiftguard: cannot write report.json: EIO: i/o error, fsync\n']);
    expect(fs.readFileSync(join(cwd, 'report.json'), 'utf8')).toBe('previous\n');
    expect(names(cwd)).toEqual(['Dockerfile', 'report.json']);
  });
});
