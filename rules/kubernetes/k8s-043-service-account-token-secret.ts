import { defineRule } from '../api';
import { objectsOfKind } from '../shared/kubernetes-objects';

export default defineRule({
  id: 'K8S-043',
  title: 'Service accounts must not use long-lived token Secrets',
  target: 'kubernetes',
  severity: 'medium',
  preset: 'recommended',
  workloads: true,
  requirements: ['1.1', '1.2'],
  frameworks: {
    iso27001: ['A.5.17', 'A.8.5'],
    nist80053: ['IA-5', 'IA-5(6)'],
    cis: ['CIS Kubernetes Benchmark v1.12.0 5.1.6'],
  },
  docs: {
    rationale:
      'A Secret of type `kubernetes.io/service-account-token` holds a token that never expires and is not bound to a ' +
      'pod: once copied out of the cluster it stays valid until the Secret or the service account is deleted.',
    remediation:
      'Let pods use the projected, auto-rotated token of their service account, and request short-lived tokens with the ' +
      'TokenRequest API (`kubectl create token`) for clients outside the cluster.',
  },
  messages: {
    longLived: 'Secret "{{name}}" is a long-lived token of service account "{{account}}", which never expires.',
  },
  examples: {
    bad:
      'apiVersion: v1\nkind: Secret\nmetadata:\n  name: ci-token\n  annotations:\n    kubernetes.io/service-account.name: ci\n' +
      'type: kubernetes.io/service-account-token\n',
    good: 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: ci-config\ntype: Opaque\n',
  },
  check({ file, report }) {
    for (const secret of objectsOfKind(file, 'Secret')) {
      const type = secret.root.get('type');
      if (type?.string() !== 'kubernetes.io/service-account-token') continue;
      const account = secret.root.get('metadata', 'annotations', 'kubernetes.io/service-account.name')?.string() ?? '(unnamed)';
      report({ at: type.range, messageId: 'longLived', data: { name: secret.name ?? '(unnamed)', account } });
    }
  },
});
