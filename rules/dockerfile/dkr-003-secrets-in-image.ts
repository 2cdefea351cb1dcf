import {
  defineRule,
  shellCommandsDeep,
  type Instruction,
  type MappedText,
  type Range,
  type ReportDescriptor,
  type Severity,
  type ShellCommand,
  type Stage,
  type Word,
} from '../api';
import { withoutTrailingSlashes } from '../shared/paths';
import {
  cloudCredentialNames,
  credentialFileKind,
  findSecretTokens,
  findUrlCredentials,
  isNonSecretShape,
  isPlaceholder,
  isReference,
  isSecretName,
} from '../shared/secrets';

type MessageId = 'token' | 'cloudCredential' | 'secretValue' | 'buildArg' | 'credentialFile' | 'keyFileForGoogle' | 'inlineCredential' | 'urlCredential';

const lower: Record<Severity, Severity> = { critical: 'high', high: 'medium', medium: 'low', low: 'low' };

/** Command-line options whose value is a secret. `--password-stdin` and `--password-file` are the safe forms. */
const secretOptions = /^--(?:password|passwd|pass|token|api-?key|secret|client-secret|access-token|auth-token)$/;
const mysqlClients = new Set(['mysql', 'mysqladmin', 'mysqldump', 'mariadb', 'mariadb-admin', 'mariadb-dump']);

function isLiteralSecret(value: string, minLength = 4): boolean {
  return !isReference(value) && !value.startsWith('$') && !isPlaceholder(value, undefined, minLength) && !/^@|^-$/.test(value);
}

export default defineRule({
  id: 'DKR-003',
  title: 'Keep secrets out of the image and the Dockerfile',
  target: 'dockerfile',
  severity: 'high',
  preset: 'recommended',
  requirements: ['1.1', '3.3'],
  frameworks: {
    iso27001: ['A.5.17', 'A.8.24'],
    nist80053: ['IA-5(7)', 'SC-28'],
    cis: ['CIS Docker Benchmark v1.6.0 4.10'],
  },
  docs: {
    rationale:
      'ENV values, build arguments, copied files and RUN command lines are stored in image layers and in the ' +
      'image history, where anyone who can pull the image can read them, and the Dockerfile itself sits in ' +
      'source control. A leaked long-lived credential stays valid until someone notices.',
    remediation:
      'Pass build-time secrets with `RUN --mount=type=secret,id=<name>` (or `--mount=type=ssh`), inject runtime secrets ' +
      'from a secret manager, keep credential files out of the build context with `.dockerignore`, and rotate any credential that was committed.',
  },
  messages: {
    token: 'A secret ({{kind}}) is written in the Dockerfile.',
    cloudCredential: '{{keyword}} {{name}} holds a literal cloud credential: it is stored in the image and its history.',
    secretValue: '{{keyword}} {{name}} holds a literal secret: it is stored in the image and its history.',
    buildArg: 'Build argument {{name}} carries a cloud credential: build arguments are recorded in the image history; use a secret mount.',
    credentialFile: 'Credential file "{{path}}" ({{kind}}) is copied into the image; mount it with RUN --mount=type=secret instead.',
    keyFileForGoogle: 'A Google service account key is copied to {{path}}, the GOOGLE_APPLICATION_CREDENTIALS file.',
    inlineCredential: 'A literal {{what}} is given on the command line: it is stored in the image history.',
    urlCredential: 'The URL embeds a password for "{{user}}": it is stored in the image history.',
  },
  examples: {
    bad: 'FROM alpine:3.22\nENV DB_PASSWORD=9vT2mQx7Lp4s\n',
    good: 'FROM alpine:3.22\nRUN --mount=type=secret,id=db_password cat /run/secrets/db_password > /dev/null\n',
  },
  check({ file, report }) {
    const final = file.finalStage();
    const shipped = new Set<Stage>(final ? final.lineage() : []);
    const reported = new CoveredText();
    const emit = (stage: Stage | undefined, descriptor: ReportDescriptor<MessageId> & { severity: Severity }) => {
      if (!reported.claim(descriptor.at)) return;
      // A secret in a discarded builder stage does not reach the image, but it is still in source control.
      const severity = stage && !shipped.has(stage) ? lower[descriptor.severity] : descriptor.severity;
      report({ ...descriptor, severity });
    };

    const scanTokens = (stage: Stage | undefined, text: MappedText) => {
      for (const match of findSecretTokens(text.text)) {
        emit(stage, { at: text.rangeOf(match.start, match.end), messageId: 'token', data: { kind: match.kind }, severity: match.severity });
      }
    };

    const checkPairs = (stage: Stage | undefined, instruction: Instruction) => {
      for (const pair of instruction.pairs) {
        if (pair.valueText) scanTokens(stage, pair.valueText);
        if (instruction.keyword === 'LABEL') continue;
        const name = pair.key;
        const data = { keyword: instruction.keyword, name };
        const cloud = cloudCredentialNames.has(name.toUpperCase());
        if (pair.value === undefined) {
          if (instruction.keyword === 'ARG' && cloud) emit(stage, { at: pair.keyRange, messageId: 'buildArg', data: { name }, severity: 'high' });
          continue;
        }
        const value = pair.value;
        if (!isSecretName(name) || isReference(value) || isNonSecretShape(value)) continue;
        if (isPlaceholder(value, name, cloud ? 0 : 8)) continue;
        emit(stage, {
          at: pair.valueRange!,
          messageId: cloud ? 'cloudCredential' : 'secretValue',
          data,
          severity: cloud ? 'critical' : 'high',
        });
      }
    };

    const checkCommandLine = (stage: Stage | undefined, script: MappedText) => {
      scanTokens(stage, script);
      for (const url of findUrlCredentials(script.text)) {
        emit(stage, { at: script.rangeOf(url.start, url.end), messageId: 'urlCredential', data: { user: url.user }, severity: 'high' });
      }
      for (const [start, end] of npmAuthValues(script.text)) {
        emit(stage, { at: script.rangeOf(start, end), messageId: 'inlineCredential', data: { what: 'registry token' }, severity: 'high' });
      }
      for (const command of shellCommandsDeep(script)) {
        const name = command.name?.value.replace(/^.*\//, '');
        if (!name) continue;
        const args = command.args;
        if (name === 'echo' || name === 'printf') {
          const password = chpasswdInput(command);
          if (password) emit(stage, { at: password.range, messageId: 'inlineCredential', data: { what: 'account password (chpasswd)' }, severity: 'high' });
        }
        args.forEach((arg, i) => {
          const inline = /^(--[a-z-]{2,30})=(.*)$/s.exec(arg.value);
          if (inline && secretOptions.test(inline[1]) && isLiteralSecret(inline[2])) {
            const start = inline[1].length + 1;
            emit(stage, { at: arg.text.rangeOf(start, arg.value.length), messageId: 'inlineCredential', data: { what: 'password' }, severity: 'high' });
            return;
          }
          const next: Word | undefined = args[i + 1];
          const takesValue = secretOptions.test(arg.value) || ((name === 'sshpass' || (name === 'docker' && args[0]?.value === 'login')) && arg.value === '-p');
          if (takesValue && next && isLiteralSecret(next.value)) {
            emit(stage, { at: next.range, messageId: 'inlineCredential', data: { what: 'password' }, severity: 'high' });
            return;
          }
          if (mysqlClients.has(name) && /^-p./s.test(arg.value) && isLiteralSecret(arg.value.slice(2))) {
            emit(stage, { at: arg.text.rangeOf(2, arg.value.length), messageId: 'inlineCredential', data: { what: 'password' }, severity: 'high' });
            return;
          }
          if ((name === 'curl' && (arg.value === '-u' || arg.value === '--user')) && next) {
            const colon = next.value.indexOf(':');
            if (colon > 0 && isLiteralSecret(next.value.slice(colon + 1))) {
              emit(stage, { at: next.text.rangeOf(colon + 1, next.value.length), messageId: 'inlineCredential', data: { what: 'password' }, severity: 'high' });
            }
          }
        });
      }
    };

    const checkCopy = (stage: Stage | undefined, instruction: Instruction) => {
      const sources = instruction.args.slice(0, -1).filter((a) => !a.value.startsWith('<<'));
      const destination = instruction.args[instruction.args.length - 1];
      const googleKey = stage ? stage.variable('GOOGLE_APPLICATION_CREDENTIALS') : undefined;
      for (const source of sources) {
        if (/^[a-z][a-z0-9+.-]{1,20}:\/\//i.test(source.value)) {
          checkCommandLine(stage, source.text);
          continue;
        }
        if (googleKey && destination && copiesTo(source.value, destination.value, googleKey)) {
          emit(stage, { at: source.range, messageId: 'keyFileForGoogle', data: { path: googleKey }, severity: 'critical' });
          continue;
        }
        const kind = credentialFileKind(source.value);
        if (kind) emit(stage, { at: source.range, messageId: 'credentialFile', data: { kind, path: source.value }, severity: 'high' });
      }
      for (const heredoc of instruction.heredocs) scanTokens(stage, heredoc.body);
    };

    const visit = (stage: Stage | undefined, instruction: Instruction) => {
      switch (instruction.keyword) {
        case 'ENV':
        case 'ARG':
        case 'LABEL':
          checkPairs(stage, instruction);
          break;
        case 'RUN':
          for (const script of instruction.json ? instruction.args.map((a) => a.text) : instruction.scripts()) checkCommandLine(stage, script);
          if (instruction.json) for (const heredoc of instruction.heredocs) checkCommandLine(stage, heredoc.body);
          break;
        case 'COPY':
        case 'ADD':
          checkCopy(stage, instruction);
          break;
        case 'ONBUILD':
          if (instruction.trigger) visit(stage, instruction.trigger);
          break;
        default:
          break;
      }
    };

    for (const instruction of file.instructions) visit(instruction.stage, instruction);
  },
});

/**
 * The characters of each line that a finding already covers, so that two checks never report the
 * same text. Asking costs the length of the range, not the number of findings so far: a line of a
 * hundred thousand tokens is checked in linear time.
 */
class CoveredText {
  private readonly lines = new Map<number, Uint8Array>();

  /** Marks the range's characters (on its first line) as reported; false when one already was. */
  claim(at: Range): boolean {
    const start = at.start.character;
    const end = at.end.line === at.start.line ? at.end.character : start + 1;
    let marks = this.lines.get(at.start.line);
    if (marks) {
      for (let c = start; c < Math.min(end, marks.length); c++) if (marks[c]) return false;
    }
    if (!marks || marks.length < end) {
      const grown = new Uint8Array(Math.max(end, 2 * (marks?.length ?? 0)));
      if (marks) grown.set(marks);
      marks = grown;
      this.lines.set(at.start.line, marks);
    }
    marks.fill(1, start, end);
    return true;
  }
}

/** Offsets of literal values of `_authToken=`, `_auth=` and `_password=` (npm and yarn registry settings). */
function npmAuthValues(text: string): [number, number][] {
  if (!text.includes('_auth') && !text.includes('_password')) return [];
  const out: [number, number][] = [];
  for (const match of text.matchAll(/(?:_authToken|_auth|_password)\s{0,3}=\s{0,3}["']?([^\s"'\\;&|]{1,500})/g)) {
    const value = match[1];
    if (!isLiteralSecret(value, 8)) continue;
    const start = match.index! + match[0].length - value.length;
    out.push([start, start + value.length]);
  }
  return out;
}

const pipedToChpasswd = /^[ \t]{0,20}\|[ \t]{0,20}(?:sudo[ \t]{1,5})?(?:\/usr\/sbin\/|\/sbin\/)?chpasswd(?![\w.-])/;

/** The literal password of `echo 'user:password' | chpasswd`, located in the file. */
function chpasswdInput(command: ShellCommand): { range: Range } | undefined {
  const last = command.words[command.words.length - 1];
  if (!pipedToChpasswd.test(command.source.text.slice(last.end, last.end + 80))) return undefined;
  for (const arg of command.args) {
    const colon = arg.value.indexOf(':');
    if (colon <= 0 || !/^[\w.-]{1,32}$/.test(arg.value.slice(0, colon))) continue;
    const password = arg.value.slice(colon + 1).replace(/\\n$/, '');
    if (!isLiteralSecret(password)) continue;
    return { range: arg.text.rangeOf(colon + 1, colon + 1 + password.length) };
  }
  return undefined;
}

/** True when copying `source` to `destination` creates the file at `target`. */
function copiesTo(source: string, destination: string, target: string): boolean {
  if (destination === target) return true;
  const base = withoutTrailingSlashes(source).split('/').pop() ?? '';
  return destination.endsWith('/') && `${destination}${base}` === target;
}
