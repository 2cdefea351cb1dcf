import { defineRule } from '../api';
import { imagePinning } from '../shared/container-image';

export default defineRule({
  id: 'K8S-005',
  title: 'Container images must be pinned to a version',
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
      'pulls the same moving tag, and nothing records which patched build is deployed.',
    remediation:
      'Reference images by an explicit version tag (`registry/app:1.4.2`) or by digest, updated by your release process.',
  },
  messages: {
    latest: 'Image "{{image}}" uses the moving tag latest.',
    noTag: 'Image "{{image}}" has no tag or digest, so it pulls latest.',
  },
  examples: {
    bad: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:latest\n',
    good: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.27.3\n',
  },
  check({ file, report }) {
    const seen = new Set<string>();
    for (const container of file.containers) {
      const image = container.image?.value;
      const value = image?.string();
      if (!image || value === undefined) continue;
      const pinning = imagePinning(value);
      if (pinning.kind !== 'latest' && pinning.kind !== 'noTag') continue;
      const key = `${image.range.start.line}:${image.range.start.character}`;
      if (seen.has(key)) continue;
      seen.add(key);
      report({ at: image.range, messageId: pinning.kind, data: { image: value }, value: image });
    }
  },
});
