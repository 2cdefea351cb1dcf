import {
  appendAll,
  defineRule,
  remove,
  replace,
  shellCommandsDeep,
  type Fix,
  type Instruction,
  type KeyValue,
  type MappedText,
  type Range,
  type ShellCommand,
  type Word,
} from '../api';
import { removeSpan } from '../shared/dockerfile-scripts';

type MessageId = 'insecureFlag' | 'trustedHost' | 'insecureConfig' | 'insecureEnv';

interface Hit {
  at: Range;
  messageId: MessageId;
  data: Record<string, string>;
  suggest?: Fix[];
}

/** curl short options that take a value: the rest of a cluster after them is that value. */
const curlValueOptions = new Set('AbcCdDeEFHKmoPQrtTuUwxXyYz'.split(''));
const falsy = /^(?:false|0|no|off)$/i;

/** Environment variables that turn verification off, the values that do it, and a safe replacement. */
const insecureEnv: { name: RegExp; insecure: (value: string) => boolean; safe?: string }[] = [
  { name: /^NODE_TLS_REJECT_UNAUTHORIZED$/, insecure: (v) => v === '0', safe: '1' },
  { name: /^PYTHONHTTPSVERIFY$/, insecure: (v) => v === '0', safe: '1' },
  // git checks only that the variable exists.
  { name: /^GIT_SSL_NO_VERIFY$/, insecure: () => true },
  { name: /^npm_config_strict_ssl$/i, insecure: (v) => falsy.test(v), safe: 'true' },
  { name: /^PIP_TRUSTED_HOST$/, insecure: (v) => v.trim() !== '' },
];

function curlHits(command: ShellCommand): Hit[] {
  const script = command.source;
  const hits: Hit[] = [];
  const args = command.args;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = arg.value;
    if (value === '--') break;
    if (value === '--insecure' || value === '-k') {
      const fix = removeSpan(script, arg.start, arg.end, `Remove ${value} (verify certificates)`);
      hits.push({ at: arg.range, messageId: 'insecureFlag', data: { tool: 'curl', flag: value }, suggest: fix ? [fix] : [] });
      continue;
    }
    if (!/^-[A-Za-z0-9#:]{2,}$/.test(value)) continue;
    for (let c = 1; c < value.length; c++) {
      const letter = value[c];
      if (letter === 'k') {
        const at = arg.text.rangeOf(c, c + 1);
        const offset = arg.text.offsets[c];
        const fix = offset >= 0 ? remove(at, `Remove -k from ${value} (verify certificates)`) : undefined;
        hits.push({ at, messageId: 'insecureFlag', data: { tool: 'curl', flag: '-k' }, suggest: fix ? [fix] : [] });
      }
      if (curlValueOptions.has(letter)) {
        if (c === value.length - 1) i++;
        break;
      }
    }
  }
  return hits;
}

function wgetHits(command: ShellCommand): Hit[] {
  const script = command.source;
  return command.args
    .filter((a) => a.value === '--no-check-certificate')
    .map((arg) => {
      const fix = removeSpan(script, arg.start, arg.end, 'Remove --no-check-certificate (verify certificates)');
      return { at: arg.range, messageId: 'insecureFlag' as const, data: { tool: 'wget', flag: arg.value }, suggest: fix ? [fix] : [] };
    });
}

function isPip(command: ShellCommand): boolean {
  const name = command.name!.value.replace(/^.*\//, '');
  if (/^pip(?:3(?:\.\d{1,2})?)?$/.test(name)) return true;
  if (/^python(?:3(?:\.\d{1,2})?)?$/.test(name)) return command.args[0]?.value === '-m' && command.args[1]?.value === 'pip';
  return name === 'uv' && command.args[0]?.value === 'pip';
}

function pipHits(command: ShellCommand): Hit[] {
  const script = command.source;
  const hits: Hit[] = [];
  command.args.forEach((arg, i) => {
    let host: Word | undefined;
    let end = arg.end;
    if (arg.value === '--trusted-host') {
      host = command.args[i + 1];
      if (host) end = host.end;
    } else if (!arg.value.startsWith('--trusted-host=')) {
      return;
    }
    const fix = removeSpan(script, arg.start, end, 'Remove --trusted-host (verify certificates)');
    const hostName = host ? host.value : arg.value.slice('--trusted-host='.length);
    hits.push({ at: arg.range, messageId: 'trustedHost', data: { host: hostName }, suggest: fix ? [fix] : [] });
  });
  return hits;
}

function packageManagerHits(command: ShellCommand): Hit[] {
  const tool = command.name!.value;
  const args = command.args;
  const hits: Hit[] = [];
  // npm config set strict-ssl false | npm set strict-ssl false | yarn config set strict-ssl false
  const setAt = args[0]?.value === 'config' && args[1]?.value === 'set' ? 2 : args[0]?.value === 'set' && tool !== 'yarn' ? 1 : -1;
  if (setAt > 0) {
    const key = args[setAt];
    if (key && key.value === 'strict-ssl' && args[setAt + 1] && falsy.test(args[setAt + 1].value)) {
      const value = args[setAt + 1];
      hits.push({
        at: { start: key.range.start, end: value.range.end },
        messageId: 'insecureConfig',
        data: { tool, setting: 'strict-ssl false' },
        suggest: [replace(value.range, 'true', 'Set strict-ssl true')],
      });
    } else if (key && /^strict-ssl=/.test(key.value) && falsy.test(key.value.slice('strict-ssl='.length))) {
      const eq = key.value.indexOf('=');
      hits.push({
        at: key.range,
        messageId: 'insecureConfig',
        data: { tool, setting: key.value },
        suggest: [replace(key.text.rangeOf(eq + 1, key.value.length), 'true', 'Set strict-ssl true')],
      });
    }
  }
  for (const arg of args) {
    if (arg.value === '--no-strict-ssl' || /^--strict-ssl=(?:false|0|no|off)$/i.test(arg.value)) {
      hits.push({ at: arg.range, messageId: 'insecureFlag', data: { tool, flag: arg.value } });
    }
  }
  return hits;
}

const sslVerifyKey = /^http\.(?:[^\s]{1,300}\.)?sslverify$/i;

function gitHits(command: ShellCommand): Hit[] {
  const script = command.source;
  const hits: Hit[] = [];
  const args = command.args;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg.value === '-c' && args[i + 1]) {
      const setting = args[i + 1];
      const eq = setting.value.indexOf('=');
      if (eq > 0 && sslVerifyKey.test(setting.value.slice(0, eq)) && falsy.test(setting.value.slice(eq + 1))) {
        const fix = removeSpan(script, arg.start, setting.end, `Remove -c ${setting.value} (verify certificates)`);
        hits.push({
          at: { start: arg.range.start, end: setting.range.end },
          messageId: 'insecureConfig',
          data: { tool: 'git', setting: setting.value },
          suggest: fix ? [fix] : [],
        });
      }
      i++;
      continue;
    }
    if (arg.value === 'config') {
      const rest = args.slice(i + 1).filter((a) => !a.value.startsWith('-'));
      const [key, value] = rest;
      if (key && value && sslVerifyKey.test(key.value) && falsy.test(value.value)) {
        hits.push({
          at: { start: key.range.start, end: value.range.end },
          messageId: 'insecureConfig',
          data: { tool: 'git', setting: `${key.value} ${value.value}` },
          suggest: [replace(value.range, 'true', `Set ${key.value} true`)],
        });
      }
      break;
    }
  }
  return hits;
}

function envHit(name: string, value: string, at: Range, valueRange: Range | undefined): Hit | undefined {
  const known = insecureEnv.find((e) => e.name.test(name));
  if (!known || !known.insecure(value) || value.includes('$')) return undefined;
  const suggest = known.safe && valueRange ? [replace(valueRange, known.safe, `Set ${name}=${known.safe}`)] : [];
  return { at, messageId: 'insecureEnv', data: { name, value }, suggest };
}

function assignmentHits(command: ShellCommand): Hit[] {
  const hits: Hit[] = [];
  for (const word of command.assignments) {
    const eq = word.value.indexOf('=');
    const name = word.value.slice(0, eq);
    const value = word.value.slice(eq + 1);
    const valueRange = value.length && word.text.isContiguous(eq + 1, word.value.length) ? word.text.rangeOf(eq + 1, word.value.length) : undefined;
    const hit = envHit(name, value, word.range, valueRange);
    if (hit) hits.push(hit);
  }
  return hits;
}

function scriptHits(script: MappedText): Hit[] {
  const hits: Hit[] = [];
  for (const command of shellCommandsDeep(script)) {
    appendAll(hits, assignmentHits(command));
    if (!command.name) continue;
    const name = command.name.value.replace(/^.*[\\/]/, '').replace(/\.exe$/i, '');
    if (name === 'curl') appendAll(hits, curlHits(command));
    else if (name === 'wget') appendAll(hits, wgetHits(command));
    else if (name === 'git') appendAll(hits, gitHits(command));
    else if (name === 'npm' || name === 'yarn' || name === 'pnpm') appendAll(hits, packageManagerHits(command));
    else if (isPip(command)) appendAll(hits, pipHits(command));
  }
  return hits;
}

function pairHit(pair: KeyValue): Hit | undefined {
  if (pair.value === undefined) return undefined;
  return envHit(pair.key, pair.value, pair.range, pair.valueRange);
}

function instructionHits(instruction: Instruction): Hit[] {
  switch (instruction.keyword) {
    case 'RUN':
      return instruction.scripts().flatMap(scriptHits);
    case 'ENV':
    case 'ARG':
      return instruction.pairs.map(pairHit).filter((h): h is Hit => h !== undefined);
    case 'ONBUILD':
      return instruction.trigger ? instructionHits(instruction.trigger) : [];
    default:
      return [];
  }
}

export default defineRule({
  id: 'DKR-004',
  title: 'Do not turn off TLS certificate verification',
  target: 'dockerfile',
  severity: 'high',
  preset: 'recommended',
  requirements: ['3.2'],
  frameworks: { iso27001: ['A.8.24'], nist80053: ['SC-8', 'SC-23'] },
  docs: {
    rationale:
      'Without certificate verification, anyone on the network path of the build (a proxy, a compromised mirror, ' +
      'a hostile Wi-Fi) can serve their own packages and scripts, which then run in the image. Environment ' +
      'variables that turn verification off also weaken every connection the container makes at run time.',
    remediation:
      'Remove the insecure flag or setting; when a private CA is involved, add its certificate to the image trust store ' +
      '(or pass it with `--cacert`, `PIP_CERT`, `NODE_EXTRA_CA_CERTS`) instead of turning verification off.',
  },
  messages: {
    insecureFlag: '{{tool}} {{flag}} turns off TLS certificate verification.',
    trustedHost: 'pip --trusted-host lets {{host}} serve packages without a valid certificate.',
    insecureConfig: '{{tool}} is configured with {{setting}}: TLS certificates are not verified.',
    insecureEnv: '{{name}}={{value}} turns off TLS certificate verification.',
  },
  examples: {
    bad: 'FROM alpine:3.22\nRUN curl -fsSLk https://example.com/install.sh -o /tmp/install.sh\n',
    good: 'FROM alpine:3.22\nRUN curl -fsSL https://example.com/install.sh -o /tmp/install.sh\n',
  },
  check({ file, report }) {
    for (const instruction of file.instructions) {
      for (const hit of instructionHits(instruction)) {
        report({ at: hit.at, messageId: hit.messageId, data: hit.data, suggest: hit.suggest });
      }
    }
  },
});
