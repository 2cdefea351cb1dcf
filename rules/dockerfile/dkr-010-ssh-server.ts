import { defineRule, type Instruction, type Stage } from '../api';
import { commandName, runCommands } from '../shared/dockerfile-scripts';

const sshPackages = new Set(['openssh-server', 'openssh-server-pam', 'dropbear', 'dropbear-ssh', 'tinyssh']);
const installVerbs: Readonly<Record<string, readonly string[]>> = {
  'apt-get': ['install'], apt: ['install'], yum: ['install'], dnf: ['install'], microdnf: ['install'], tdnf: ['install'], zypper: ['install', 'in'], apk: ['add'],
};

/** Whether a port spec (`22`, `22/tcp`, `20-30/tcp`) covers port 22 over TCP. */
function coversSsh(spec: string): boolean {
  const match = /^(\d{1,5})(?:-(\d{1,5}))?(?:\/(tcp|udp|sctp))?$/i.exec(spec);
  if (!match || (match[3] && match[3].toLowerCase() !== 'tcp')) return false;
  const low = Number(match[1]);
  const high = match[2] ? Number(match[2]) : low;
  return low <= 22 && 22 <= high;
}

function exposed(stage: Stage, instruction: Instruction) {
  return instruction.args.filter((word) => {
    const value = word.value.includes('$') ? stage.expand(word.value, instruction) : word.value;
    return value !== undefined && coversSsh(value);
  });
}

export default defineRule({
  id: 'DKR-010',
  title: 'Do not run an SSH server in the container',
  target: 'dockerfile',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['2.3'],
  frameworks: { iso27001: ['A.8.20', 'A.8.5'], nist80053: ['AC-17'], cis: ['CIS Docker Benchmark v1.6.0 5.7'] },
  docs: {
    rationale:
      'An SSH server in a container is a second, long-lived way in beside the orchestrator: it needs keys or passwords ' +
      'managed inside the image, it is rarely patched with the application, and sessions bypass the audit trail of ' +
      '`kubectl exec` or `docker exec`. Only the final image counts; a builder stage that installs an SSH client is not reported.',
    remediation:
      'Remove the SSH server and `EXPOSE 22`; use `kubectl exec`, `docker exec` or an ephemeral debug container for ' +
      'interactive access, and a bastion or Session Manager for hosts.',
  },
  messages: {
    expose: 'The image exposes port 22 (SSH).',
    install: 'The final image installs the SSH server {{package}}.',
    run: 'The container command starts {{server}}.',
  },
  examples: {
    bad: 'FROM debian:13-slim\nRUN apt-get update && apt-get install -y openssh-server\nEXPOSE 22\nCMD ["/usr/sbin/sshd", "-D"]\n',
    good: 'FROM debian:13-slim\nRUN apt-get update && apt-get install -y openssh-client\nUSER 10001\n',
  },
  check({ file, report }) {
    const stage = file.finalStage();
    if (!stage) return;
    for (const s of stage.lineage()) {
      for (const instruction of s.body) {
        if (instruction.keyword === 'EXPOSE') {
          for (const word of exposed(s, instruction)) report({ at: word.range, messageId: 'expose' });
        } else if (instruction.keyword === 'RUN') {
          for (const command of runCommands(instruction)) {
            const verbs = installVerbs[commandName(command) ?? ''];
            if (!verbs || !command.args.some((a) => verbs.includes(a.value))) continue;
            for (const arg of command.args) {
              const name = arg.value.split(/[=:]/)[0];
              if (sshPackages.has(name) || (commandName(command) === 'apk' && name === 'openssh')) {
                report({ at: arg.range, messageId: 'install', data: { package: name } });
              }
            }
          }
        } else if (instruction.keyword === 'CMD' || instruction.keyword === 'ENTRYPOINT') {
          const first = instruction.json ? instruction.args[0] : instruction.args.find((a) => /(?:^|\/)(?:sshd|dropbear)$/.test(a.value));
          const server = first?.value.replace(/^.*\//, '');
          if (first && (server === 'sshd' || server === 'dropbear')) report({ at: first.range, messageId: 'run', data: { server } });
        }
      }
    }
  },
});
