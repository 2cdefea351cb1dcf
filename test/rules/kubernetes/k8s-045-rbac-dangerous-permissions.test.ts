import rule from '../../../rules/kubernetes/k8s-045-rbac-dangerous-permissions';
import { ruleTester } from '../../helpers/rule-tester';

const role = (kind: string, rules: string) => `apiVersion: rbac.authorization.k8s.io/v1\nkind: ${kind}\nmetadata:\n  name: ops\nrules:\n${rules}`;

const tfRole = (type: string, rules: string) => `resource "${type}" "ops" {\n  metadata {\n    name = "ops"\n  }\n${rules}}\n`;
const tfRule = (groups: string, resources: string, verbs: string, extra = '') =>
  `  rule {\n    api_groups = ${groups}\n    resources  = ${resources}\n    verbs      = ${verbs}\n${extra}  }\n`;

ruleTester(rule, {
  good: [
    { name: 'configmaps', code: role('ClusterRole', '- apiGroups: [""]\n  resources: ["configmaps"]\n  verbs: ["get", "list"]\n') },
    { name: 'named secrets', code: role('Role', '- apiGroups: [""]\n  resources: ["secrets"]\n  resourceNames: ["app-tls"]\n  verbs: ["get"]\n') },
    { name: 'creating secrets without reading them', code: role('Role', '- apiGroups: [""]\n  resources: ["secrets"]\n  verbs: ["create", "delete"]\n') },
    { name: 'secrets of another API group', code: role('Role', '- apiGroups: ["example.com"]\n  resources: ["secrets"]\n  verbs: ["get"]\n') },
    { name: 'terraform: named Secrets', filename: 'main.tf', code: tfRole('kubernetes_cluster_role_v1', tfRule('[""]', '["secrets"]', '["get"]', '    resource_names = ["app-tls"]\n')) },
    { name: 'terraform: resource names not known before apply', filename: 'main.tf', code: tfRole('kubernetes_cluster_role_v1', tfRule('[""]', '["secrets"]', '["get"]', '    resource_names = var.secret_names\n')) },
  ],
  bad: [
    {
      name: 'cluster-wide read of secrets',
      code: role('ClusterRole', '- apiGroups: [""]\n  resources: ["secrets"]\n  verbs: ["get", "list", "watch"]\n'),
      findings: [{ messageId: 'readSecrets', line: 7, column: 15, endLine: 7, endColumn: 24, severity: 'high' }],
    },
    {
      name: 'namespaced read of secrets is medium',
      code: role('Role', '- apiGroups: [""]\n  resources: ["configmaps", "secrets"]\n  verbs: ["*"]\n'),
      findings: [{ messageId: 'readSecrets', line: 7, column: 29, endColumn: 38, severity: 'medium' }],
    },
    {
      name: 'escalate, bind and impersonate',
      code: role('ClusterRole', '- apiGroups: ["rbac.authorization.k8s.io"]\n  resources: ["clusterroles"]\n  verbs: ["bind", "escalate"]\n- apiGroups: [""]\n  resources: ["users"]\n  verbs: ["impersonate"]\n'),
      findings: [
        { messageId: 'escalation', line: 8, column: 11, endColumn: 17 },
        { messageId: 'escalation', line: 8, column: 19, endColumn: 29 },
        { messageId: 'escalation', line: 11, column: 11, endColumn: 24 },
      ],
    },
    {
      name: 'terraform: cluster-wide Secret reads in kubernetes_cluster_role_v1',
      filename: 'main.tf',
      code: tfRole('kubernetes_cluster_role_v1', tfRule('[""]', '["secrets"]', '["get", "list"]')),
      findings: [{ messageId: 'readSecrets', line: 7, column: 19, endLine: 7, endColumn: 28, severity: 'high' }],
    },
    {
      name: 'terraform: escalate in kubernetes_role',
      filename: 'main.tf',
      code: tfRole('kubernetes_role', tfRule('["rbac.authorization.k8s.io"]', '["roles"]', '["escalate"]')),
      findings: [{ messageId: 'escalation', line: 8, column: 19, endColumn: 29 }],
    },
  ],
});
