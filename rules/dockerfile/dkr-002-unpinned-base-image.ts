import { defineRule, type RelatedLocation, type Stage } from '../api';

function expansionNote(stage: Stage): { via: string; related: RelatedLocation[] } {
  const { image } = stage;
  if (!image.expanded) return { via: '', related: [] };
  return {
    via: ` (from ARG default${image.expandedFrom.length > 1 ? 's' : ''} ${image.expandedFrom.map((p) => p.key).join(', ')})`,
    related: image.expandedFrom.map((p) => ({ message: `ARG ${p.key} default`, range: p.valueRange ?? p.range })),
  };
}

export default defineRule({
  id: 'DKR-002',
  title: 'Pin base images to a version and digest',
  target: 'dockerfile',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['4.4'],
  frameworks: { iso27001: ['A.8.8', 'A.8.19'], nist80053: ['CM-2', 'SI-2'], cis: ['CIS Docker Benchmark v1.6.0 4.2'] },
  docs: {
    rationale:
      'An image without a tag, or tagged latest, changes under the build without review: a rebuild can pull a ' +
      'different major version or an untrusted push. A tag can also be moved; only a digest names exact content.',
    remediation:
      'Reference base images by an explicit version tag and pin the final stage by digest, e.g. ' +
      '`FROM alpine:3.22@sha256:<digest>`, and let a bot (Renovate, Dependabot) update both.',
  },
  messages: {
    untagged: 'Base image "{{image}}"{{via}} has no tag or digest, so it means "latest".',
    latest: 'Base image "{{image}}"{{via}} uses the moving "latest" tag.',
    noDigest: 'The final base image "{{image}}"{{via}} is not pinned by digest (@sha256:…).',
  },
  examples: {
    bad: 'FROM python\nCMD ["python", "-V"]\n',
    good:
      'FROM python:3.13-slim@sha256:6f1c0a6e2ea10d8b5fd7a4cd43a5a4de3b0e9b5c0b7e8c3fbd5c6a4a0f6c9e11\nCMD ["python", "-V"]\n',
  },
  check({ file, report }) {
    // The final image is built on the root of the final stage's FROM <alias> chain.
    const shipped = file.finalStage()?.root();
    for (const stage of file.stages) {
      const { image } = stage;
      // Stages built on another stage, scratch and unknown references have no tag to pin.
      if (stage.parent || stage.isScratch || !image.resolved || !image.name) continue;
      const { via, related } = expansionNote(stage);
      const data = { image: image.resolved, via };
      if (image.digest) continue;
      if (image.tag === undefined) {
        report({ at: image.range, messageId: 'untagged', data, related });
      } else if (image.tag.toLowerCase() === 'latest') {
        report({ at: image.tagRange ?? image.range, messageId: 'latest', data, related });
      } else if (stage === shipped) {
        report({ at: image.range, messageId: 'noDigest', data, related, severity: 'low' });
      }
    }
  },
});
