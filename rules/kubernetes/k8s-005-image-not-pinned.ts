import { defineRule } from '../api';
import { hasUnresolvedExpression, parseImageReference } from '../shared/image-reference';

export default defineRule({
  id: 'K8S-005',
  title: 'Container images must be pinned to a version or digest',
  target: 'kubernetes',
  workloads: true,
  severity: 'medium',
  preset: 'recommended',
  requirements: ['4.4'],
  frameworks: {
    iso27001: ['A.8.9', 'A.8.19'],
    nist80053: ['CM-2', 'SI-2'],
    cis: ['CIS Docker Benchmark v1.6.0 4.2'],
  },
  docs: {
    rationale:
      'An image without a tag, or tagged latest, changes under the workload: nodes may run different code, a rollback ' +
      'pulls the same moving tag, and nothing records which patched build is deployed. Only a digest pins the exact image.',
    remediation:
      'Reference images by an explicit version tag and, better, by digest (`registry/app:1.4.2@sha256:…`), updated by your release process.',
  },
  messages: {
    latest: 'Image "{{image}}" uses the moving tag latest.',
    noTag: 'Image "{{image}}" has no tag or digest, so it pulls latest.',
    noDigest: 'Image "{{image}}" is not pinned by digest: the tag can be moved to another image.',
  },
  examples: {
    bad: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:latest\n',
    good:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n' +
      '    image: nginx:1.27.3@sha256:0a399eb16751829e1af26fea27b20c3ec28d7ab1fb72182879dcae1cca21206a\n',
  },
  check({ file, report }) {
    const seen = new Set<string>();
    for (const container of file.containers) {
      const image = container.image?.value;
      const value = image?.string();
      if (!image || value === undefined || hasUnresolvedExpression(value)) continue;
      const reference = parseImageReference(value);
      if (!reference || reference.digest) continue;
      const key = `${image.range.start.line}:${image.range.start.character}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (reference.tag === undefined) report({ at: image.range, messageId: 'noTag', data: { image: value }, value: image });
      else if (reference.tag === 'latest') report({ at: image.range, messageId: 'latest', data: { image: value }, value: image });
      else report({ at: image.range, messageId: 'noDigest', data: { image: value }, severity: 'low', value: image });
    }
  },
});
