import { defineRule } from '../api';
import { onceAt } from '../shared/workload-rules';

export default defineRule({
  id: 'K8S-017',
  title: 'Containers must not serve SSH',
  target: 'kubernetes',
  workloads: true,
  severity: 'medium',
  preset: 'recommended',
  requirements: ['2.3'],
  frameworks: {
    iso27001: ['A.8.20', 'A.8.5'],
    nist80053: ['AC-17'],
    cis: ['CIS Docker Benchmark v1.6.0 5.7'],
  },
  docs: {
    rationale:
      'An SSH server in a container is a second way in that bypasses the cluster\'s authentication, RBAC and audit log, ' +
      'with keys or passwords that live in the image or a volume.',
    remediation: 'Remove the SSH server and port 22; use `kubectl exec` or `kubectl debug`, which Kubernetes authorizes and audits.',
  },
  messages: {
    sshPort: 'Container "{{name}}" exposes port 22, the SSH port.',
  },
  examples: {
    bad:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: box\nspec:\n  containers:\n  - name: box\n    image: box:1.0\n' +
      '    ports:\n    - containerPort: 22\n',
    good:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: box\nspec:\n  containers:\n  - name: box\n    image: box:1.0\n' +
      '    ports:\n    - containerPort: 8080\n',
  },
  check({ file, report }) {
    const first = onceAt();
    for (const container of file.containers) {
      for (const port of container.field('ports')?.value?.items() ?? []) {
        const containerPort = port.get('containerPort');
        if (containerPort?.int() !== 22 || !first(containerPort.range)) continue;
        report({ at: containerPort.range, messageId: 'sshPort', data: { name: container.name ?? '(unnamed)' }, value: containerPort });
      }
    }
  },
});
