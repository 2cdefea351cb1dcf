import { defineRule } from '../api';
import { expansionNote } from '../shared/dockerfile-images';

export default defineRule({
  id: 'DKR-002',
  title: 'Pin base images to a version tag',
  target: 'dockerfile',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['4.4'],
  frameworks: { iso27001: ['A.8.8', 'A.8.19'], nist80053: ['CM-2', 'SI-2'], cis: ['CIS Docker Benchmark v1.6.0 4.2'] },
  docs: {
    rationale:
      'An image without a tag, or tagged latest, changes under the build without review: a rebuild can pull a ' +
      'different major version or an untrusted push. Pinning the final image by digest as well is checked by DKR-005 in the strict preset.',
    remediation:
      'Reference base images by an explicit version tag, e.g. `FROM alpine:3.22`, and let a bot (Renovate, Dependabot) update it.',
  },
  messages: {
    untagged: 'Base image "{{image}}"{{via}} has no tag or digest, so it means "latest".',
    latest: 'Base image "{{image}}"{{via}} uses the moving "latest" tag.',
  },
  examples: {
    bad: 'FROM python\nCMD ["python", "-V"]\n',
    good: 'FROM python:3.13-slim\nCMD ["python", "-V"]\n',
  },
  check({ file, report }) {
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
      }
    }
  },
});
