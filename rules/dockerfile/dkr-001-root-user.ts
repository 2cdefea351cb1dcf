import { defineRule, insertAt, replace, type Fix, type Instruction, type Stage } from '../api';
import { userOf } from '../shared/dockerfile-images';

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

const stepDownTool = /(?:^|[\s/"'=])(gosu|su-exec)(?=$|[\s;"'&|)])/m;

/**
 * The tool an image installs or calls to step down from root in its entrypoint (the pattern of
 * the official database images): the container starts as root, and the server runs as another user.
 */
function stepDownToolOf(stage: Stage): string | undefined {
  for (const s of stage.lineage()) {
    for (const instruction of s.body) {
      const texts = [instruction.argsText.text, ...instruction.heredocs.map((h) => h.body.text)];
      for (const text of texts) {
        if (!text.includes('gosu') && !text.includes('su-exec')) continue;
        const match = stepDownTool.exec(text);
        if (match) return match[1];
      }
    }
  }
  return undefined;
}

/** A `FROM scratch` stage without a command is only exported (`--output`), never run as a container. */
function isExportOnly(stage: Stage): boolean {
  if (!stage.root().isScratch) return false;
  return !stage.lineage().some((s) => s.body.some((i) => i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT'));
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
      'escapes the container is root on the host, and it can rewrite everything in the image. Images whose ' +
      'entrypoint steps down with gosu or su-exec (the official database images) still start as root, and the ' +
      'kubelet cannot tell; they are reported at medium. A `FROM scratch` stage without CMD or ENTRYPOINT is only ' +
      'exported, never run, and is not reported.',
    remediation:
      'Create an unprivileged user and switch to it with a numeric `USER 10001` before CMD or ENTRYPOINT of the final stage.',
  },
  messages: {
    root: 'The final stage runs as root (USER {{user}}).',
    unset: 'USER is never set in the final stage, so the container runs as root.',
    stepsDown:
      'The container starts as root{{how}}; the image installs {{tool}} for its entrypoint to switch to another user, which the kubelet cannot verify.',
  },
  examples: {
    bad: 'FROM alpine:3.22\nRUN apk add --no-cache curl\nCMD ["curl", "--version"]\n',
    good: 'FROM alpine:3.22\nRUN apk add --no-cache curl\nUSER 10001\nCMD ["curl", "--version"]\n',
  },
  check({ file, report }) {
    const stage = file.finalStage();
    if (!stage || isExportOnly(stage)) return;
    const user: Instruction | undefined = stage.effectiveUser();
    const tool = stepDownToolOf(stage);
    if (!user) {
      const base = stage.root();
      // An unresolved base image may set its own user: nothing to say.
      if (!base.image.resolved || isKnownNonRootBase(base)) return;
      // No USER suggestion for an image that steps down: its entrypoint needs root to do so.
      if (tool) report({ at: stage.from.range, messageId: 'stepsDown', data: { tool, how: '' }, severity: 'medium' });
      // Not an autofix: the image may need root-owned paths or a user that does not exist yet.
      else report({ at: stage.from.range, messageId: 'unset', suggest: [insertUser(stage, file.lines.eol)] });
      return;
    }
    const found = userOf(stage, user);
    if (!found || !found.isRoot) return;
    const { word, value } = found;
    if (tool) {
      report({ at: word.range, messageId: 'stepsDown', data: { tool, how: ` (USER ${value})` }, severity: 'medium' });
      return;
    }
    report({
      at: word.range,
      messageId: 'root',
      data: { user: value },
      suggest: [replace(word.range, '10001', 'Run as UID 10001')],
    });
  },
});
