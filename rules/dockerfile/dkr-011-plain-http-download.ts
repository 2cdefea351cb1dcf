import { defineRule, replace, type Fix, type Range, type ShellCommand, type Word } from '../api';
import { commandName, instructionsWithTriggers, runCommands } from '../shared/dockerfile-scripts';

const plainHttp = /^http:\/\/([^/:?#\s]{1,253})/i;
const downloaders = new Set(['curl', 'wget', 'git', 'pip', 'pip3']);

/** Loopback hosts never leave the build machine. */
function isLoopback(host: string): boolean {
  return /^(?:localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[::1\])$/i.test(host);
}

/** The plain-http URL in a word, if any, with the suggestion to use https. */
function httpUrl(word: Word): { at: Range; url: string; suggest: Fix[] } | undefined {
  const value = word.value;
  const start = value.search(/http:\/\//i);
  if (start < 0) return undefined;
  const match = plainHttp.exec(value.slice(start));
  if (!match || isLoopback(match[1])) return undefined;
  const url = value.slice(start).split(/\s/)[0];
  const scheme = word.text.isContiguous(start, start + 4) ? [replace(word.text.rangeOf(start, start + 4), 'https', 'Download over https')] : [];
  return { at: word.text.rangeOf(start, start + url.length), url, suggest: scheme };
}

/** Whether the step checks what it downloaded (a checksum or a signature). */
function verifies(commands: readonly ShellCommand[]): boolean {
  return commands.some((c) => {
    const name = commandName(c) ?? '';
    if (/^sha(?:1|256|512)sum$/.test(name) || name === 'md5sum') return c.args.some((a) => a.value === '-c' || a.value === '--check' || a.value === '-');
    if (name === 'gpg' || name === 'gpgv') return name === 'gpgv' || c.args.some((a) => a.value === '--verify');
    return false;
  });
}

export default defineRule({
  id: 'DKR-011',
  title: 'Download build inputs over https',
  target: 'dockerfile',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['3.2'],
  frameworks: { iso27001: ['A.8.24'], nist80053: ['SC-8', 'SC-8(1)'] },
  docs: {
    rationale:
      'A file fetched over plain http (ADD, curl, wget, git, a pip index) can be read and replaced by anyone on the ' +
      'network path of the build, and it then runs in the image. A step that checks a checksum or a signature of what ' +
      'it downloaded is reported at low severity; loopback addresses are not reported.',
    remediation:
      'Use the https URL; where the server has none, pin the file with `ADD --checksum=sha256:<digest>` or check it with ' +
      '`sha256sum -c` or `gpg --verify` in the same step.',
  },
  messages: {
    http: '{{what}} fetches {{url}} over plain http.',
  },
  examples: {
    bad: 'FROM alpine:3.22\nADD http://example.com/tool.tar.gz /tmp/\n',
    good: 'FROM alpine:3.22\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/tool.tar.gz /tmp/\n',
  },
  check({ file, report }) {
    for (const instruction of instructionsWithTriggers(file.instructions)) {
      if (instruction.keyword === 'ADD') {
        const checked = instruction.flag('checksum') !== undefined;
        for (const source of instruction.args.slice(0, -1)) {
          const hit = httpUrl(source);
          if (hit) report({ at: hit.at, messageId: 'http', data: { what: 'ADD', url: hit.url }, suggest: hit.suggest, severity: checked ? 'low' : undefined });
        }
      } else if (instruction.keyword === 'RUN') {
        const commands = runCommands(instruction);
        const checked = verifies(commands);
        for (const command of commands) {
          const name = commandName(command);
          if (!name || !downloaders.has(name)) continue;
          for (const arg of command.args) {
            const hit = httpUrl(arg);
            if (hit) report({ at: hit.at, messageId: 'http', data: { what: name, url: hit.url }, suggest: hit.suggest, severity: checked ? 'low' : undefined });
          }
        }
      }
    }
  },
});
