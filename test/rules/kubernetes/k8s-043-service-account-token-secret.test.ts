import rule from '../../../rules/kubernetes/k8s-043-service-account-token-secret';
import { ruleTester } from '../../helpers/rule-tester';

const tfSecret = (type: string, resource = 'kubernetes_secret_v1') =>
  `resource "${resource}" "ci" {\n  metadata {\n    name = "ci-token"\n    annotations = {\n      "kubernetes.io/service-account.name" = "ci"\n    }\n  }\n  type = ${type}\n}\n`;

ruleTester(rule, {
  good: [
    { name: 'opaque secret', code: 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: x\ntype: Opaque\n' },
    { name: 'type in a ConfigMap', code: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  type: kubernetes.io/service-account-token\n' },
    { name: 'terraform: Opaque secret', filename: 'main.tf', code: tfSecret('"Opaque"') },
    { name: 'terraform: type not known before apply', filename: 'main.tf', code: tfSecret('var.secret_type') },
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
    {
      name: 'terraform: token Secret of kubernetes_secret_v1',
      filename: 'main.tf',
      code: tfSecret('"kubernetes.io/service-account-token"'),
      findings: [{ messageId: 'longLived', line: 8, column: 10, endLine: 8, endColumn: 47 }],
    },
    {
      name: 'terraform: kubernetes_secret with the type from a variable default',
      filename: 'main.tf',
      code: tfSecret('var.secret_type', 'kubernetes_secret'),
      files: { 'variables.tf': 'variable "secret_type" {\n  default = "kubernetes.io/service-account-token"\n}\n' },
      findings: [{ messageId: 'longLived', line: 8, column: 10, endColumn: 25 }],
    },
  ],
});
