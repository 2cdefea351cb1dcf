import { defineRule } from '../api';
import { onceAt } from '../shared/workload-rules';

export default defineRule({
  id: 'K8S-016',
  title: 'Containers must not publish host ports',
  target: 'kubernetes',
  workloads: true,
  severity: 'medium',
  preset: 'recommended',
  requirements: ['2.1'],
  frameworks: {
    iso27001: ['A.8.20'],
    nist80053: ['SC-7'],
    cis: ['CIS Kubernetes Benchmark v1.12.0 5.2.12'],
  },
  docs: {
    rationale:
      'A `hostPort` publishes the container on the node\'s own address, outside Services, load balancers and most ' +
      'NetworkPolicy implementations, and ties the pod to nodes where the port is free.',
    remediation: 'Remove `hostPort` and expose the container through a Service (ClusterIP behind an Ingress or a load balancer).',
  },
  messages: {
    hostPort: 'Container "{{name}}" publishes port {{port}} on the node\'s address ({{field}}).',
  },
  examples: {
    bad:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.27\n' +
      '    ports:\n    - containerPort: 8080\n      hostPort: 80\n',
    good:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.27\n' +
      '    ports:\n    - containerPort: 8080\n',
  },
  check({ file, report }) {
    const first = onceAt();
    for (const container of file.containers) {
      for (const port of container.field('ports')?.value?.items() ?? []) {
        const hostPort = port.get('hostPort');
        const number = hostPort?.int();
        if (!hostPort || number === undefined || number === 0 || !first(hostPort.range)) continue;
        const field = container.pod.fieldName('hostPort');
        report({ at: hostPort.range, messageId: 'hostPort', data: { name: container.name ?? '(unnamed)', port: number, field }, value: hostPort });
      }
    }
  },
});
