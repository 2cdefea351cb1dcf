import { defineRule, replace } from '../api';
import { onceAt } from '../shared/workload-rules';

export default defineRule({
  id: 'K8S-013',
  title: 'Containers must not run with the root group',
  target: 'kubernetes',
  workloads: true,
  severity: 'medium',
  preset: 'recommended',
  requirements: ['4.1'],
  frameworks: {
    iso27001: ['A.8.2'],
    nist80053: ['AC-6'],
    cis: ['CIS Kubernetes Benchmark v1.12.0 5.2.7'],
  },
  docs: {
    rationale:
      'GID 0 owns much of an image\'s filesystem and many files on the node: a process in the root group can read and write them ' +
      'even as a non-root user, and files it creates in volumes belong to root\'s group.',
    remediation: 'Set `runAsGroup` and `fsGroup` to a non-zero GID and leave 0 out of `supplementalGroups`.',
  },
  messages: {
    rootGroup: 'Container "{{name}}" runs with {{setting}}, the root group.',
    rootFsGroup: 'The pod sets {{setting}}: its volumes are owned by the root group.',
    rootSupplementalGroup: 'The pod adds GID 0, the root group, to {{field}}.',
  },
  examples: {
    bad:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  securityContext:\n    runAsUser: 10001\n    runAsGroup: 0\n' +
      '  containers:\n  - name: web\n    image: nginx:1.27\n',
    good:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  securityContext:\n    runAsUser: 10001\n    runAsGroup: 10001\n' +
      '  containers:\n  - name: web\n    image: nginx:1.27\n',
  },
  check({ file, report }) {
    const first = onceAt();
    for (const pod of file.podSpecs) {
      // Linux settings: the API rejects them on Windows pods.
      if (pod.isWindows) continue;
      const fsGroup = pod.securityField('fsGroup')?.value;
      if (fsGroup?.int() === 0 && first(fsGroup.range)) {
        // A suggestion: files already written to the volumes keep their group.
        report({ at: fsGroup.range, messageId: 'rootFsGroup', data: { setting: pod.setting('fsGroup', '0') }, suggest: [replace(fsGroup.range, '10001', 'Use GID 10001')], value: fsGroup });
      }
      for (const group of pod.securityField('supplementalGroups')?.value?.items() ?? []) {
        if (group.int() === 0 && first(group.range)) {
          report({ at: group.range, messageId: 'rootSupplementalGroup', data: { field: pod.fieldName('supplementalGroups') }, value: group });
        }
      }
    }
    for (const container of file.containers) {
      if (container.pod.isWindows) continue;
      const group = container.effective('runAsGroup')?.value;
      if (group?.int() !== 0 || !first(group.range)) continue;
      report({
        at: group.range,
        messageId: 'rootGroup',
        data: { name: container.name ?? '(unnamed)', setting: container.pod.setting('runAsGroup', '0') },
        suggest: [replace(group.range, '10001', 'Run with GID 10001')],
        value: group,
      });
    }
  },
});
