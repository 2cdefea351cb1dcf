import { defineRule } from '../api';
import { imagePinning } from '../shared/container-image';
import { onceAt } from '../shared/workload-rules';

export default defineRule({
  id: 'K8S-006',
  title: 'Container images should be pinned by digest',
  target: 'kubernetes',
  workloads: true,
  severity: 'low',
  preset: 'strict',
  requirements: ['4.4'],
  frameworks: {
    iso27001: ['A.8.9', 'A.8.19'],
    nist80053: ['CM-2'],
    cis: ['CIS Docker Benchmark v1.6.0 4.2'],
  },
  docs: {
    rationale:
      'A version tag can be moved to another image by anyone who can push to the repository; only a digest names ' +
      'exactly the image that was reviewed and scanned.',
    remediation:
      'Add the digest to the reference (`registry/app:1.4.2@sha256:…`) and let your release process or a bot such as Renovate update it.',
  },
  messages: {
    noDigest: 'Image "{{image}}" is not pinned by digest: the tag can be moved to another image.',
  },
  examples: {
    bad: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.27.3\n',
    good:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n' +
      '    image: nginx:1.27.3@sha256:0a399eb16751829e1af26fea27b20c3ec28d7ab1fb72182879dcae1cca21206a\n',
  },
  check({ file, report }) {
    const first = onceAt();
    for (const container of file.containers) {
      const image = container.image?.value;
      const value = image?.string();
      if (!image || value === undefined || imagePinning(value).kind !== 'noDigest' || !first(image.range)) continue;
      report({ at: image.range, messageId: 'noDigest', data: { image: value }, value: image });
    }
  },
});
