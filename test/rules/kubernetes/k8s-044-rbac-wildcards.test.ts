import rule from '../../../rules/kubernetes/k8s-044-rbac-wildcards';
import { ruleTester } from '../../helpers/rule-tester';

const role = (kind: string, rules: string) => `apiVersion: rbac.authorization.k8s.io/v1\nkind: ${kind}\nmetadata:\n  name: ops\nrules:\n${rules}`;

const tfRole = (type: string, rules: string) => `resource "${type}" "ops" {\n  metadata {\n    name = "ops"\n  }\n${rules}}\n`;
const tfRule = (groups: string, resources: string, verbs: string, extra = '') =>
  `  rule {\n    api_groups = ${groups}\n    resources  = ${resources}\n    verbs      = ${verbs}\n${extra}  }\n`;

ruleTester(rule, {
  good: [
    { name: 'explicit lists', code: role('Role', '- apiGroups: ["apps"]\n  resources: ["deployments"]\n  verbs: ["get", "list"]\n') },
    { name: 'a wildcard inside a resource name is not a wildcard', code: role('Role', '- apiGroups: [""]\n  resources: ["pods/*"]\n  verbs: ["get"]\n') },
    { name: 'not an RBAC object', code: 'apiVersion: example.com/v1\nkind: Role\nmetadata:\n  name: x\nrules:\n- verbs: ["*"]\n' },
    { name: 'terraform: verbs listed', filename: 'main.tf', code: tfRole('kubernetes_role_v1', tfRule('["apps"]', '["deployments"]', '["get", "list", "watch"]')) },
    { name: 'terraform: rules generated from unknown data', filename: 'main.tf', code: tfRole('kubernetes_cluster_role_v1', '  dynamic "rule" {\n    for_each = var.rules\n    content {\n      api_groups = rule.value.groups\n      resources  = rule.value.resources\n      verbs      = rule.value.verbs\n    }\n  }\n') },
  ],
  bad: [
    {
      name: 'wildcard verbs',
      code: role('Role', '- apiGroups: ["apps"]\n  resources: ["deployments"]\n  verbs: ["*"]\n'),
      findings: [{ messageId: 'wildcard', line: 8, column: 11, endLine: 8, endColumn: 14, severity: 'high' }],
    },
    {
      name: 'every field of a ClusterRole, block style',
      code: role('ClusterRole', "- apiGroups:\n  - '*'\n  resources:\n  - '*'\n  verbs:\n  - '*'\n"),
      findings: [
        { messageId: 'wildcard', line: 7, column: 5, endColumn: 8 },
        { messageId: 'wildcard', line: 9, column: 5, endColumn: 8 },
        { messageId: 'wildcard', line: 11, column: 5, endColumn: 8 },
      ],
    },
    {
      name: 'terraform: wildcard verbs in kubernetes_role_v1',
      filename: 'main.tf',
      code: tfRole('kubernetes_role_v1', tfRule('["apps"]', '["deployments"]', '["*"]')),
      findings: [{ messageId: 'wildcard', line: 8, column: 19, endLine: 8, endColumn: 22 }],
    },
    {
      name: 'terraform: wildcard resources in kubernetes_cluster_role, from a local',
      filename: 'main.tf',
      code: 'locals {\n  everything = "*"\n}\n' + tfRole('kubernetes_cluster_role', tfRule('[""]', '[local.everything]', '["get"]')),
      findings: [{ messageId: 'wildcard', line: 2, column: 16, endColumn: 19 }],
    },
    {
      name: 'terraform: kubernetes_manifest Role',
      filename: 'main.tf',
      code:
        'resource "kubernetes_manifest" "ops" {\n  manifest = {\n    apiVersion = "rbac.authorization.k8s.io/v1"\n    kind       = "Role"\n' +
        '    metadata = {\n      name      = "ops"\n      namespace = "default"\n    }\n    rules = [{\n      apiGroups = ["*"]\n      resources = ["pods"]\n      verbs     = ["get"]\n    }]\n  }\n}\n',
      findings: [{ messageId: 'wildcard', line: 10, column: 20, endColumn: 23 }],
    },
  ],
});
