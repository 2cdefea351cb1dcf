import { defineRule } from '../api';
import { onceAt } from '../shared/workload-rules';

export default defineRule({
  id: 'K8S-015',
  title: 'Give emptyDir volumes a size limit',
  target: 'kubernetes',
  workloads: true,
  severity: 'low',
  preset: 'strict',
  requirements: ['4.2'],
  frameworks: {
    iso27001: ['A.8.9'],
    nist80053: ['CM-6', 'CM-7'],
  },
  docs: {
    rationale:
      'An emptyDir without `sizeLimit` can grow until the node\'s disk (or, with `medium: Memory`, its memory) runs out, ' +
      'evicting other pods; a limit makes the writable space explicit and bounded.',
    remediation: 'Set `sizeLimit` on every emptyDir volume (for example `sizeLimit: 500Mi`).',
  },
  messages: {
    noSizeLimit: 'The emptyDir volume "{{volume}}" has no {{field}}: it can fill the node\'s {{space}}.',
  },
  examples: {
    bad:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.27\n' +
      '  volumes:\n  - name: tmp\n    emptyDir: {}\n',
    good:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.27\n' +
      '  volumes:\n  - name: tmp\n    emptyDir:\n      sizeLimit: 500Mi\n',
  },
  check({ file, report }) {
    const first = onceAt();
    for (const pod of file.podSpecs) {
      for (const volume of pod.field('volumes')?.value?.items() ?? []) {
        const emptyDir = volume.get('emptyDir');
        if (!emptyDir || emptyDir.get('sizeLimit') || !first(emptyDir.range)) continue;
        const memory = emptyDir.get('medium')?.string() === 'Memory';
        report({
          at: emptyDir.range,
          messageId: 'noSizeLimit',
          data: { volume: volume.get('name')?.string() ?? '(unnamed)', field: pod.fieldName('sizeLimit'), space: memory ? 'memory' : 'disk' },
        });
      }
    }
  },
});
