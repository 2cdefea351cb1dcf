import { defineRule, replace } from '../api';
import { onceAt } from '../shared/workload-rules';

export default defineRule({
  id: 'K8S-014',
  title: 'Host paths must be mounted read-only',
  target: 'kubernetes',
  workloads: true,
  severity: 'high',
  preset: 'recommended',
  requirements: ['4.2', '4.3'],
  frameworks: {
    iso27001: ['A.8.9'],
    nist80053: ['CM-7', 'SI-7', 'AC-6'],
    cis: ['CIS Kubernetes Benchmark v1.12.0 5.2.11', 'CIS Docker Benchmark v1.6.0 5.6'],
  },
  docs: {
    rationale:
      'A writable hostPath mount lets the container change files on the node: binaries, configuration, other pods\' data ' +
      'or the kubelet\'s state, which survive the pod and reach everything else the node runs.',
    remediation: 'Set `readOnly: true` on every volumeMount of a hostPath volume, or replace the volume with one that is not the node\'s filesystem.',
  },
  messages: {
    writable: 'Container "{{name}}" mounts the host path "{{path}}" writable at "{{mountPath}}".',
  },
  examples: {
    bad:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: agent\nspec:\n  containers:\n  - name: agent\n    image: agent:1.4\n' +
      '    volumeMounts:\n    - name: logs\n      mountPath: /host/logs\n  volumes:\n  - name: logs\n    hostPath:\n      path: /var/log\n',
    good:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: agent\nspec:\n  containers:\n  - name: agent\n    image: agent:1.4\n' +
      '    volumeMounts:\n    - name: logs\n      mountPath: /host/logs\n      readOnly: true\n  volumes:\n  - name: logs\n    hostPath:\n      path: /var/log\n',
  },
  check({ file, report }) {
    const first = onceAt();
    for (const container of file.containers) {
      const hostPaths = new Map<string, string>();
      for (const volume of container.pod.field('volumes')?.value?.items() ?? []) {
        const name = volume.get('name')?.string();
        const path = volume.get('hostPath', 'path')?.string();
        if (name !== undefined && path !== undefined) hostPaths.set(name, path);
      }
      if (hostPaths.size === 0) continue;
      for (const mount of container.field('volumeMounts')?.value?.items() ?? []) {
        const volume = mount.get('name')?.string();
        const path = volume === undefined ? undefined : hostPaths.get(volume);
        if (path === undefined) continue;
        const readOnly = mount.get('readOnly');
        // A value that is not a literal boolean (a template, a value known after apply) may be true.
        if (readOnly && readOnly.bool() !== false) continue;
        const mountPath = mount.get('mountPath');
        const at = readOnly?.range ?? mountPath?.range ?? mount.range;
        if (!first(at)) continue;
        // A suggestion: an agent that writes to the node (logs, sockets, device plugins) stops working.
        report({
          at,
          messageId: 'writable',
          data: { name: container.name ?? '(unnamed)', path, mountPath: mountPath?.string() ?? '' },
          suggest: readOnly ? [replace(readOnly.range, 'true', `Set ${container.pod.setting('readOnly', 'true')}`)] : [],
          value: readOnly,
        });
      }
    }
  },
});
