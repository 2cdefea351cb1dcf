import { defineRule } from '../api';
import { objectsOfKind } from '../shared/kubernetes-objects';

export default defineRule({
  id: 'K8S-048',
  title: 'Services should not be exposed on node ports',
  target: 'kubernetes',
  severity: 'low',
  preset: 'strict',
  workloads: true,
  requirements: ['2.1'],
  frameworks: {
    iso27001: ['A.8.20', 'A.8.22'],
    nist80053: ['SC-7'],
    cis: [],
  },
  docs: {
    rationale:
      'A NodePort Service listens on every node\'s address, outside any load balancer or Ingress policy: wherever the ' +
      'nodes are reachable, so is the Service, and only the node firewall stands in front of it.',
    remediation: 'Use a ClusterIP Service behind an Ingress or Gateway, or an internal load balancer.',
  },
  messages: {
    nodePort: 'Service "{{name}}" is of type NodePort: it listens on every node\'s address.',
  },
  examples: {
    bad: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: api\nspec:\n  type: NodePort\n  ports:\n  - port: 80\n',
    good: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: api\nspec:\n  type: ClusterIP\n  ports:\n  - port: 80\n',
  },
  check({ file, report }) {
    for (const service of objectsOfKind(file, 'Service')) {
      const type = service.root.get('spec', 'type');
      if (type?.string() === 'NodePort') report({ at: type.range, messageId: 'nodePort', data: { name: service.name ?? '(unnamed)' } });
    }
  },
});
