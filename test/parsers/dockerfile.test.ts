import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../server/src/parsers/dockerfile/parse';
import { shellCommands, shellCommandsDeep } from '../../server/src/parsers/dockerfile/shell';
import type { Range } from '../../server/src/engine/text';

/** `line:col-line:col`, 1-based like an editor. */
const at = (r: Range | undefined) => (r ? `${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1}` : undefined);
const parse = (text: string) => parseDockerfile('Dockerfile', text);

describe('parseDockerfile', () => {
  it('gives keywords, flags and arguments with exact ranges', () => {
    const file = parse('FROM alpine:3.22\nRUN --mount=type=secret,id=npm,target=/root/.npmrc --network=none npm ci\n');
    const run = file.instructions[1];
    expect(run.keyword).toBe('RUN');
    expect(at(run.keywordRange)).toBe('2:1-2:4');
    expect(run.flags.map((f) => [f.name, f.value, at(f.range), at(f.valueRange)])).toEqual([
      ['mount', 'type=secret,id=npm,target=/root/.npmrc', '2:5-2:51', '2:13-2:51'],
      ['network', 'none', '2:52-2:66', '2:62-2:66'],
    ]);
    expect(run.flag('mount')!.options.map((o) => [o.name, o.value, at(o.valueRange)])).toEqual([
      ['type', 'secret', '2:18-2:24'],
      ['id', 'npm', '2:28-2:31'],
      ['target', '/root/.npmrc', '2:39-2:51'],
    ]);
    expect(run.args.map((a) => [a.value, at(a.range)])).toEqual([
      ['npm', '2:67-2:70'],
      ['ci', '2:71-2:73'],
    ]);
    expect(run.argsText.text).toBe('npm ci');
  });

  it('counts columns in UTF-16 code units with tabs, accents and emoji, and CRLF line breaks', () => {
    const file = parse('FROM\talpine:3.22\r\nLABEL description="café 🚀" owner=ops\r\nUSER\t10001\r\n');
    const label = file.instructions[1];
    expect(label.pairs.map((p) => [p.key, p.value, at(p.keyRange), at(p.valueRange)])).toEqual([
      ['description', 'café 🚀', '2:7-2:18', '2:19-2:28'],
      ['owner', 'ops', '2:29-2:34', '2:35-2:38'],
    ]);
    expect(at(file.stages[0].image.tagRange)).toBe('1:13-1:17');
    expect(at(file.instructions[2].args[0].range)).toBe('3:6-3:11');
    expect(file.problems).toEqual([]);
  });

  it('joins continuation lines, skipping comment and blank lines, and maps words back', () => {
    const text = 'FROM alpine:3.22\nRUN apk add \\\n# a comment inside\n    curl \\\n\n    && cu\\\nrl -k https://x.test\n';
    const file = parse(text);
    const run = file.instructions[1];
    expect(run.argsText.text).toBe('apk add     curl     && curl -k https://x.test');
    const curl = shellCommands(run.argsText)[1];
    expect(curl.name!.value).toBe('curl');
    expect(at(curl.name!.range)).toBe('6:8-7:3');
    expect(at(curl.args[0].range)).toBe('7:4-7:6');
    expect(file.comments.map((c) => [c.text, at(c.range)])).toEqual([['# a comment inside', '3:1-3:19']]);
    expect(at(run.range)).toBe('2:1-7:21');
  });

  it('honours the escape directive', () => {
    const file = parse('# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN powershell -Command `\n    Write-Host "C:\\temp\\"\nUSER ContainerAdministrator\n');
    expect(file.escapeChar).toBe('`');
    expect(file.directives.map((d) => [d.name, d.value, at(d.valueRange)])).toEqual([['escape', '`', '1:10-1:11']]);
    const run = file.instructions[1];
    expect(run.argsText.text).toBe('powershell -Command     Write-Host "C:\\temp\\"');
    expect(file.stages[0].effectiveUser()!.args[0].value).toBe('ContainerAdministrator');
  });

  it('reports a heredoc that dockerfile-ast cannot read, and reads the rest of the file', () => {
    // dockerfile-ast 0.7.1 throws from getHeredocs on this (blank continuation lines, heredoc markers in a comment line).
    const file = parse('FROM a\nRUN  \\\n\r\n# c# c<<-X \\a<<\r\n"\r\nUSER app\n');
    expect(file.problems.map((p) => [p.code, p.message, at(p.range)])).toContainEqual([
      'syntax',
      'The heredoc of this instruction could not be read; its body is not checked.',
      '2:1-2:4',
    ]);
    expect(file.instructions.map((i) => i.keyword)).toEqual(['FROM', 'RUN', 'USER']);
    expect(file.stages[0].effectiveUser()!.args[0].value).toBe('app');
  });

  it('reads lone-CR line breaks as line breaks, heredocs too', () => {
    const file = parse('FROM a\rRUN x \\\r\ty; \\\r# note<<EOF\nmore \\\r\t-z\rRUN <<EOF\rcurl -k https://x.test\rset -e\rEOF\rUSER app\r');
    expect(file.problems).toEqual([]);
    expect(file.instructions.map((i) => [i.keyword, at(i.range)])).toEqual([
      ['FROM', '1:1-1:7'],
      ['RUN', '2:1-6:4'],
      ['RUN', '7:1-10:4'],
      ['USER', '11:1-11:9'],
    ]);
    const heredoc = file.instructions[2].heredocs[0];
    expect([heredoc.body.text, at(heredoc.bodyRange), at(heredoc.delimiterRange)]).toEqual(['curl -k https://x.test\nset -e', '8:1-9:7', '10:1-10:4']);
    expect(file.stages[0].effectiveUser()!.args[0].value).toBe('app');
  });

  it('keeps heredoc bodies out of the arguments', () => {
    const text = 'FROM alpine:3.22\nRUN <<EOF\nset -e\ncurl -k https://x.test\nEOF\nCOPY <<-"CONF" /etc/app.conf\n\tkey=value\n\tCONF\nUSER 10001\n';
    const file = parse(text);
    const [, run, copy] = file.instructions;
    expect(run.args.map((a) => a.value)).toEqual(['<<EOF']);
    expect(run.heredocs[0].name).toBe('EOF');
    expect(run.heredocs[0].body.text).toBe('set -e\ncurl -k https://x.test');
    expect(at(run.heredocs[0].bodyRange)).toBe('3:1-4:23');
    expect(at(run.heredocs[0].delimiterRange)).toBe('5:1-5:4');
    expect(run.scripts().map((s) => s.text)).toEqual(['<<EOF', 'set -e\ncurl -k https://x.test']);
    const curl = shellCommands(run.heredocs[0].body)[1];
    expect(at(curl.args[0].range)).toBe('4:6-4:8');
    expect(copy.args.map((a) => a.raw)).toEqual(['<<-"CONF"', '/etc/app.conf']);
    expect(copy.heredocs[0]).toMatchObject({ name: 'CONF', quoted: true, stripsTabs: true });
    expect(file.instructions[3].keyword).toBe('USER');
    expect(file.problems).toEqual([]);
  });

  it('reads ENV and ARG pairs in both forms', () => {
    const file = parse('ARG VERSION\nARG BASE=alpine:3.22\nFROM ${BASE}\nENV A=1 B="two words" \\\n    C=3\nENV LEGACY some value here\n');
    expect(file.globalArgs[0].pairs[0]).toMatchObject({ key: 'VERSION', value: undefined });
    const [env1, env2] = file.stages[0].instructions('ENV');
    expect(env1.pairs.map((p) => [p.key, p.value, at(p.valueRange)])).toEqual([
      ['A', '1', '4:7-4:8'],
      ['B', 'two words', '4:11-4:22'],
      ['C', '3', '5:7-5:8'],
    ]);
    expect(env2.pairs.map((p) => [p.key, p.value, p.legacy, at(p.valueRange)])).toEqual([['LEGACY', 'some value here', true, '6:12-6:27']]);
  });

  it('expands FROM from global ARG defaults and says so', () => {
    const file = parse('ARG REGISTRY=docker.io\nARG TAG=3.22\nARG UNSET\nFROM ${REGISTRY}/library/alpine:$TAG AS base\nFROM $UNSET\nFROM node:22-alpine\n');
    const [base, unknown, node] = file.stages;
    expect(base.image).toMatchObject({ raw: '${REGISTRY}/library/alpine:$TAG', resolved: 'docker.io/library/alpine:3.22', expanded: true, name: 'docker.io/library/alpine', tag: '3.22' });
    expect(base.image.tagRange).toBeUndefined();
    expect(base.image.expandedFrom.map((p) => p.key)).toEqual(['REGISTRY', 'TAG']);
    expect(at(base.image.range)).toBe('4:6-4:37');
    expect(unknown.image.resolved).toBeUndefined();
    expect(node.image).toMatchObject({ expanded: false, name: 'node', tag: '22-alpine' });
    expect(at(node.image.tagRange)).toBe('6:11-6:20');
  });

  it('links FROM <alias> to the earlier stage and follows it for USER and ENV', () => {
    const text = 'FROM golang:1.26 AS build\nUSER 1000\nENV APP_USER=app\nFROM build AS test\nRUN go test ./...\nFROM alpine:3.22@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\nCMD ["/app"]\n';
    const file = parse(text);
    const [build, test, final] = file.stages;
    expect(test.parent).toBe(build);
    expect(test.effectiveUser()!.args[0].value).toBe('1000');
    expect(test.variable('APP_USER')).toBe('app');
    expect(test.expand('${APP_USER}:${APP_USER}')).toBe('app:app');
    expect(file.finalStage()).toBe(final);
    expect(final.parent).toBeUndefined();
    expect(final.image.digest).toMatch(/^sha256:/);
    expect(final.insertionPointBeforeCommand()).toEqual({ position: { line: 6, character: 0 }, newlineBefore: false });
    expect(file.stageNamed('BUILD')).toBe(build);
  });

  it('inserts at the end of a stage without a trailing line break', () => {
    const file = parse('FROM alpine:3.22\nRUN true');
    expect(file.finalStage()!.insertionPointBeforeCommand()).toEqual({ position: { line: 1, character: 8 }, newlineBefore: true });
  });

  it('parses ONBUILD triggers', () => {
    const file = parse('FROM alpine:3.22\nONBUILD RUN curl -k https://x.test\n');
    const trigger = file.instructions[1].trigger!;
    expect(trigger.keyword).toBe('RUN');
    expect(at(shellCommands(trigger.argsText)[0].args[0].range)).toBe('2:18-2:20');
  });

  it('reads exec form arguments', () => {
    const file = parse('FROM alpine:3.22\nCMD ["sh", "-c", "echo \\"hi\\""]\n');
    const cmd = file.instructions[1];
    expect(cmd.json).toBe(true);
    expect(cmd.args.map((a) => a.value)).toEqual(['sh', '-c', 'echo "hi"']);
  });

  it('reports syntax problems with precise ranges, and accepts an empty file', () => {
    expect(parse('').problems).toEqual([]);
    expect(parse('').stages).toEqual([]);
    const file = parse('RUN echo hi\nFROM alpine:3.22 AS\nFOO bar\nENV PATH\nRUN <<EOF\necho never closed\n');
    expect(file.problems.map((p) => [p.code, at(p.range), p.message])).toEqual([
      ['syntax', '1:1-1:4', 'RUN cannot come before the first FROM; only ARG can.'],
      ['syntax', '2:18-2:20', 'Expected FROM <image> [AS <name>].'],
      ['syntax', '3:1-3:4', 'Unknown instruction "FOO".'],
      ['syntax', '4:5-4:9', 'ENV PATH needs a value.'],
      ['syntax', '5:5-5:10', 'The heredoc "EOF" has no closing "EOF" line.'],
    ]);
  });

  it('never throws', () => {
    for (const text of ['\\', 'FROM', 'FROM \\\n', 'RUN <<', '# escape=x\nFROM a\nRUN a x\nb', '\uFEFFFROM alpine\n', 'ENV =x\nARG\n', '"\'`$({[']) {
      expect(() => parse(text)).not.toThrow();
    }
  });
});

describe('shellCommands', () => {
  it('splits commands on operators, removes quotes and finds redirections', () => {
    const file = parse('FROM alpine:3.22\nRUN A=1 sudo -u app curl -fsSL "https://x.test/a b" | sh && echo \'x\' > /tmp/out; exit 0\n');
    const commands = shellCommands(file.instructions[1].argsText);
    expect(commands.map((c) => [c.assignments.map((a) => a.value), c.name?.value, c.args.map((a) => a.value), c.redirects.map((r) => r.value)])).toEqual([
      [['A=1'], 'curl', ['-fsSL', 'https://x.test/a b'], []],
      [[], 'sh', [], []],
      [[], 'echo', ['x'], ['/tmp/out']],
      [[], 'exit', ['0'], []],
    ]);
  });

  it('looks inside sh -c scripts, keeping file positions', () => {
    const file = parse('FROM alpine:3.22\nRUN sh -c "wget --no-check-certificate https://x.test"\n');
    const inner = shellCommandsDeep(file.instructions[1].argsText).find((c) => c.name?.value === 'wget')!;
    expect(at(inner.args[0].range)).toBe('2:17-2:39');
  });
});
