import { defineRule, insertAt, replace, type Fix, type Instruction, type Stage } from '../api';

const rootUsers = new Set(['root', '0', 'containeradministrator']);

/**
 * Distroless `nonroot` variants run as UID 65532; Chainguard images run as non-root except their
 * `-dev` variants, which add a shell and package manager as root. Nano Server images default to
 * `ContainerUser`.
 */
function isKnownNonRootBase(stage: Stage): boolean {
  const name = stage.image.name?.toLowerCase();
  const tag = stage.image.tag?.toLowerCase();
  if (!name) return false;
  if (/nanoserver/.test(`${name}:${tag ?? ''}`)) return true;
  if (name.startsWith('gcr.io/distroless/')) {
    return tag !== undefined && /^(?:debug-)?nonroot(?:-(?:amd64|arm64|arm|s390x|ppc64le))?$/.test(tag);
  }
  if (name.startsWith('cgr.dev/chainguard/')) return tag === undefined || !/(?:^|-)dev$/.test(tag);
  return false;
}

/** Windows users are names (`ContainerUser`); kubelet's numeric check does not apply. */
function isWindowsBase(stage: Stage): boolean {
  const name = stage.image.name?.toLowerCase() ?? '';
  const tag = stage.image.tag?.toLowerCase() ?? '';
  return (
    name.startsWith('mcr.microsoft.com/windows') ||
    /(?:nanoserver|servercore|windowsservercore)/.test(name + ':' + tag) ||
    /ltsc\d{4}/.test(tag)
  );
}

function insertUser(stage: Stage, eol: string): Fix {
  const { position, newlineBefore } = stage.insertionPointBeforeCommand();
  const text = newlineBefore ? `${eol}USER 10001${eol}` : `USER 10001${eol}`;
  return insertAt(position, text, 'Run as UID 10001');
}

export default defineRule({
  id: 'DKR-001',
  title: 'Final stage must not run as root',
  target: 'dockerfile',
  severity: 'high',
  preset: 'recommended',
  requirements: ['4.1'],
  frameworks: { iso27001: ['A.8.2'], nist80053: ['AC-6'], cis: ['CIS Docker Benchmark v1.6.0 4.1'] },
  docs: {
    rationale:
      'The image runs as the last USER of its final stage, and as root when none is set. A root process that ' +
      'escapes the container is root on the host, and it can rewrite everything in the image. Kubernetes can ' +
      'only enforce runAsNonRoot when the user is a numeric UID.',
    remediation:
      'Create an unprivileged user and switch to it with a numeric `USER 10001` before CMD or ENTRYPOINT of the final stage.',
  },
  messages: {
    root: 'The final stage runs as "{{user}}", which is root.',
    unset: 'USER is never set in the final stage, so the container runs as root.',
    named: 'USER "{{user}}" is a name, so the kubelet cannot verify runAsNonRoot; use a numeric UID.',
  },
  examples: {
    bad: 'FROM alpine:3.22\nRUN apk add --no-cache curl\nCMD ["curl", "--version"]\n',
    good: 'FROM alpine:3.22\nRUN apk add --no-cache curl\nUSER 10001\nCMD ["curl", "--version"]\n',
  },
  check({ file, report }) {
    const stage = file.finalStage();
    if (!stage) return;
    const user: Instruction | undefined = stage.effectiveUser();
    if (!user) {
      const base = stage.root();
      // An unresolved base image may set its own user: nothing to say.
      if (!base.image.resolved || isKnownNonRootBase(base)) return;
      // Not an autofix: the image may need root-owned paths or a user that does not exist yet.
      report({ at: stage.from.range, messageId: 'unset', suggest: [insertUser(stage, file.lines.eol)] });
      return;
    }
    const word = user.args[0];
    if (!word || user.args.length !== 1) return;
    const owner = user.stage ?? stage;
    const value = word.value.includes('$') ? owner.expand(word.value, user) : word.value;
    if (value === undefined) return;
    const name = value.split(':')[0].trim().toLowerCase();
    if (rootUsers.has(name)) {
      report({
        at: word.range,
        messageId: 'root',
        data: { user: value },
        suggest: [replace(word.range, '10001', 'Run as UID 10001')],
      });
    } else if (!/^\d+$/.test(name) && !isWindowsBase(stage.root())) {
      // No suggestion: files chowned to the named user would not belong to a new UID.
      report({ at: word.range, messageId: 'named', data: { user: value }, severity: 'low' });
    }
  },
});
