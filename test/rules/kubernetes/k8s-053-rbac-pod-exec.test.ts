import rule from '../../../rules/kubernetes/k8s-053-rbac-pod-exec';
import { ruleTester } from '../../helpers/rule-tester';

const role = (kind: string, rules: string) => `apiVersion: rbac.authorization.k8s.io/v1\nkind: ${kind}\nmetadata:\n  name: support\nrules:\n${rules}`;

const tfRole = (type: string, rules: string) => `resource "${type}" "ops" {\n  metadata {\n    name = "ops"\n  }\n${rules}}\n`;
const tfRule = (groups: string, resources: string, verbs: string, extra = '') =>
  `  rule {\n    api_groups = ${groups}\n    resources  = ${resources}\n    verbs      = ${verbs}\n${extra}  }\n`;

ruleTester(rule, {
  good: [
    { name: 'logs only', code: role('Role', '- apiGroups: [""]\n  resources: ["pods/log"]\n  verbs: ["get"]\n') },
    { name: 'get on pods/exec does not open a shell', code: role('Role', '- apiGroups: [""]\n  resources: ["pods/exec"]\n  verbs: ["get"]\n') },
    { name: 'terraform: logs only', filename: 'main.tf', code: tfRole('kubernetes_role_v1', tfRule('[""]', '["pods/log"]', '["get"]')) },
  ],
  bad: [
    {
      name: 'create pods/exec',
      code: role('Role', '- apiGroups: [""]\n  resources: ["pods", "pods/exec"]\n  verbs: ["get", "create"]\n'),
      findings: [{ messageId: 'exec', line: 7, column: 23, endLine: 7, endColumn: 34, severity: 'medium' }],
    },
    {
      name: 'attach in every namespace with every verb',
      code: role('ClusterRole', '- apiGroups: ["*"]\n  resources:\n  - pods/attach\n  verbs: ["*"]\n'),
      findings: [{ messageId: 'exec', line: 8, column: 5, endColumn: 16 }],
    },
    {
      name: 'terraform: exec in kubernetes_role_v1',
      filename: 'main.tf',
      code: tfRole('kubernetes_role_v1', tfRule('[""]', '["pods/exec"]', '["create"]')),
      findings: [{ messageId: 'exec', line: 7, column: 19, endLine: 7, endColumn: 30 }],
    },
    {
      name: 'terraform: attach in every namespace, kubernetes_cluster_role',
      filename: 'main.tf',
      code: tfRole('kubernetes_cluster_role', tfRule('[""]', '["pods/attach"]', '["*"]')),
      findings: [{ messageId: 'exec', line: 7, column: 19, endColumn: 32 }],
    },
  ],
});
