import rule from '../../../rules/kubernetes/k8s-043-service-account-token-secret';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(rule, {
  good: [
    { name: 'opaque secret', code: 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: x\ntype: Opaque\n' },
    { name: 'type in a ConfigMap', code: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  type: kubernetes.io/service-account-token\n' },
  ],
  bad: [
    {
      name: 'token secret for a service account',
      code:
        'apiVersion: v1\nkind: Secret\nmetadata:\n  name: ci-token\n  annotations:\n    kubernetes.io/service-account.name: ci\n' +
        'type: kubernetes.io/service-account-token\n',
      findings: [{ messageId: 'longLived', line: 7, column: 7, endLine: 7, endColumn: 42, severity: 'medium' }],
    },
    {
      name: 'quoted type in a second document',
      code: 'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: ci\n---\napiVersion: v1\nkind: Secret\nmetadata: {name: t}\ntype: "kubernetes.io/service-account-token"\n',
      findings: [{ messageId: 'longLived', line: 9, column: 7, endColumn: 44 }],
    },
  ],
});
