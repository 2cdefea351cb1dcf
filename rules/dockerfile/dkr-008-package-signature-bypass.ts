import { defineRule, type Fix, type Range, type ShellCommand } from '../api';
import { commandName, instructionsWithTriggers, removeSpan, runCommands } from '../shared/dockerfile-scripts';

/** Package-manager options that install packages whose signature was not checked, by tool. */
const bypassOptions: Record<string, ReadonlySet<string>> = {
  'apt-get': new Set(['--allow-unauthenticated', '--force-yes', '--allow-insecure-repositories']),
  apt: new Set(['--allow-unauthenticated', '--allow-insecure-repositories']),
  aptitude: new Set(['--allow-untrusted']),
  yum: new Set(['--nogpgcheck']),
  dnf: new Set(['--nogpgcheck', '--no-gpgchecks']),
  microdnf: new Set(['--nogpgcheck']),
  tdnf: new Set(['--nogpgcheck']),
  zypper: new Set(['--no-gpg-checks']),
  apk: new Set(['--allow-untrusted']),
  rpm: new Set(['--nosignature', '--nodigest', '--noverify']),
};

/** `-o APT::Get::AllowUnauthenticated=true`, `--setopt=gpgcheck=0` and the like. */
const bypassSettings = /^(?:APT::Get::AllowUnauthenticated|Acquire::AllowInsecureRepositories|APT::Get::AllowInsecureRepositories|(?:[\w.-]{1,100}\.)?gpgcheck)=(?:true|1|yes|0|false|no)$/i;

function isBypassSetting(value: string): boolean {
  if (!bypassSettings.test(value)) return false;
  const [key, setting] = value.split('=');
  // gpgcheck=0 turns checking off; the apt settings turn insecure behaviour on.
  return /gpgcheck$/i.test(key) ? /^(?:0|false|no)$/i.test(setting) : /^(?:true|1|yes)$/i.test(setting);
}

/** `apk add --allow-untrusted /tmp/pkgs/*.apk` installs packages built by this very build. */
function onlyLocalPackages(command: ShellCommand): boolean {
  const operands = command.args.filter((a) => !a.value.startsWith('-') && a.value !== 'add');
  return operands.length > 0 && operands.every((a) => /^(?:\/|\.{1,2}\/|\$)/.test(a.value) && !a.value.includes('://'));
}

interface Hit {
  at: Range;
  option: string;
  suggest: Fix[];
}

function commandHits(command: ShellCommand): Hit[] {
  const tool = commandName(command);
  if (!tool) return [];
  const options = bypassOptions[tool];
  const hits: Hit[] = [];
  const args = command.args;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg.value === '--') break;
    let start = arg.start;
    let option = arg.value;
    if (options?.has(arg.value)) {
      if (tool === 'apk' && onlyLocalPackages(command)) continue;
    } else if (arg.value.startsWith('--setopt=') && isBypassSetting(arg.value.slice('--setopt='.length))) {
      option = arg.value;
    } else if ((arg.value === '-o' || arg.value === '--setopt') && args[i + 1] && isBypassSetting(args[i + 1].value)) {
      option = `${arg.value} ${args[i + 1].value}`;
      i++;
    } else if (/^-o[A-Z]/.test(arg.value) && isBypassSetting(arg.value.slice(2))) {
      option = arg.value;
    } else {
      continue;
    }
    const end = args[i].end;
    const fix = removeSpan(command.source, start, end, `Remove ${option} (verify package signatures)`);
    hits.push({ at: command.source.rangeOf(start, end), option, suggest: fix ? [fix] : [] });
    start = end;
  }
  return hits;
}

export default defineRule({
  id: 'DKR-008',
  title: 'Do not install packages without verifying their signatures',
  target: 'dockerfile',
  severity: 'high',
  preset: 'recommended',
  requirements: ['4.4', '4.5'],
  frameworks: { iso27001: ['A.8.19'], nist80053: ['CM-14', 'SI-7'], cis: ['CIS Docker Benchmark v1.6.0 4.11'] },
  docs: {
    rationale:
      'Package managers check the signature of every package against the distribution keys; the options that skip ' +
      'this let a mirror, a proxy or anyone on the network path of the build replace packages, whose install ' +
      'scripts then run as root in the image. `apk --allow-untrusted` on packages built earlier in the same build, ' +
      'and `[trusted=yes]` for a local `file:` repository, are not reported.',
    remediation:
      'Remove the option; for a third-party repository, add its signing key (`/etc/apt/keyrings/<name>.gpg` with ' +
      '`signed-by=`, `rpm --import`, `/etc/apk/keys/`) so that its packages are verified.',
  },
  messages: {
    option: '{{option}} installs packages without verifying their signatures.',
    trustedRepository: 'The APT source is marked [trusted=yes]: its packages are installed without signature checks.',
    gpgcheckOff: 'A repository is configured with gpgcheck=0: its packages are installed without signature checks.',
  },
  examples: {
    bad: 'FROM debian:13-slim\nRUN apt-get update && apt-get install -y --allow-unauthenticated curl\n',
    good: 'FROM debian:13-slim\nRUN apt-get update && apt-get install -y curl\n',
  },
  check({ file, report }) {
    for (const instruction of instructionsWithTriggers(file.instructions)) {
      if (instruction.keyword !== 'RUN') continue;
      for (const command of runCommands(instruction)) {
        for (const hit of commandHits(command)) report({ at: hit.at, messageId: 'option', data: { option: hit.option }, suggest: hit.suggest });
      }
      for (const script of instruction.scripts()) {
        const text = script.text;
        for (let at = text.indexOf('trusted=yes'); at >= 0; at = text.indexOf('trusted=yes', at + 1)) {
          const lineEnd = text.indexOf('\n', at);
          const rest = text.slice(at, lineEnd < 0 ? Math.min(text.length, at + 400) : Math.min(lineEnd, at + 400));
          // A local repository (file:, copy:) holds packages of this build.
          if (rest.includes('http://') || rest.includes('https://')) report({ at: script.rangeOf(at, at + 'trusted=yes'.length), messageId: 'trustedRepository' });
        }
        for (const match of text.matchAll(/gpgcheck\s{0,3}=\s{0,3}(?:0|false|no)\b/gi)) {
          // `--setopt=gpgcheck=0` is reported with its command.
          if (text.slice(Math.max(0, match.index - 9), match.index).endsWith('--setopt=')) continue;
          // repo_gpgcheck checks repository metadata; `\ngpgcheck` is a line of a printf format.
          const before = text.slice(Math.max(0, match.index - 2), match.index);
          if (/[\w.-]$/.test(before) && before !== '\\n') continue;
          report({ at: script.rangeOf(match.index, match.index + match[0].length), messageId: 'gpgcheckOff' });
        }
      }
    }
  },
});
