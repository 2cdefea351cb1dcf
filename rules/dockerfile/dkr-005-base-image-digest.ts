import { defineRule } from '../api';
import { expansionNote } from '../shared/dockerfile-images';

export default defineRule({
  id: 'DKR-005',
  title: 'Pin the final base image by digest',
  target: 'dockerfile',
  severity: 'low',
  preset: 'strict',
  requirements: ['4.4'],
  frameworks: { iso27001: ['A.8.8', 'A.8.19'], nist80053: ['CM-2', 'SI-2'], cis: ['CIS Docker Benchmark v1.6.0 4.2'] },
  docs: {
    rationale:
      'A tag can be moved to other content by whoever controls the repository; only a digest names exact content, ' +
      'so that two builds of the same commit ship the same base. Untagged and latest images are reported by DKR-002.',
    remediation:
      'Pin the final stage\'s base image by tag and digest, e.g. `FROM alpine:3.22@sha256:<digest>`, and let a bot ' +
      '(Renovate, Dependabot) update both.',
  },
  messages: {
    noDigest: 'The final base image "{{image}}"{{via}} is not pinned by digest (@sha256:…).',
  },
  examples: {
    bad: 'FROM python:3.13-slim\nCMD ["python", "-V"]\n',
    good:
      'FROM python:3.13-slim@sha256:6f1c0a6e2ea10d8b5fd7a4cd43a5a4de3b0e9b5c0b7e8c3fbd5c6a4a0f6c9e11\nCMD ["python", "-V"]\n',
  },
  check({ file, report }) {
    // The final image is built on the root of the final stage's FROM <alias> chain.
    const shipped = file.finalStage()?.root();
    if (!shipped || shipped.isScratch) return;
    const { image } = shipped;
    // Untagged and latest references are DKR-002's; unknown ones cannot be judged.
    if (!image.resolved || !image.name || image.digest || image.tag === undefined || image.tag.toLowerCase() === 'latest') return;
    const { via, related } = expansionNote(shipped);
    report({ at: image.range, messageId: 'noDigest', data: { image: image.resolved, via }, related });
  },
});
