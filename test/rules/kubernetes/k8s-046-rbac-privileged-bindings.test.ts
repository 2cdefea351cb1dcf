import rule from '../../../rules/kubernetes/k8s-046-rbac-privileged-bindings';
import { ruleTester } from '../../helpers/rule-tester';

const binding = (kind: string, role: string, subjects: string) =>
  `apiVersion: rbac.authorization.k8s.io/v1\nkind: ${kind}\nmetadata:\n  name: ops\nroleRef:\n  apiGroup: rbac.authorization.k8s.io\n` +
  `  kind: ClusterRole\n  name: ${role}\nsubjects:\n${subjects}`;
const serviceAccount = '- kind: ServiceAccount\n  name: ci\n  namespace: ci\n';

const tfBinding = (type: string, role: string, subject: string) =>
  `resource "${type}" "ci" {\n  metadata {\n    name = "ci"\n  }\n  role_ref {\n    api_group = "rbac.authorization.k8s.io"\n    kind      = "ClusterRole"\n    name      = ${role}\n  }\n` +
  `  subject {\n    kind      = ${subject}\n  }\n}\n`;
const tfServiceAccount = '"ServiceAccount"\n    name      = "ci"\n    namespace = "ci"';

ruleTester(rule, {
  good: [
    { name: 'a dedicated role', code: binding('ClusterRoleBinding', 'ci-deployer', serviceAccount) },
    { name: 'a group of the organisation', code: binding('RoleBinding', 'view', '- kind: Group\n  name: team-a\n  apiGroup: rbac.authorization.k8s.io\n') },
    { name: 'a service account named like a group', code: binding('RoleBinding', 'view', '- kind: ServiceAccount\n  name: system:anonymous\n  namespace: x\n') },
    { name: 'terraform: a dedicated role', filename: 'main.tf', code: tfBinding('kubernetes_cluster_role_binding_v1', '"ci-deployer"', tfServiceAccount) },
    { name: 'terraform: role not known before apply', filename: 'main.tf', code: tfBinding('kubernetes_cluster_role_binding_v1', 'var.role', tfServiceAccount) },
  ],
  bad: [
    {
      name: 'cluster-admin for a service account',
      code: binding('ClusterRoleBinding', 'cluster-admin', serviceAccount),
      findings: [{ messageId: 'clusterAdmin', line: 8, column: 9, endLine: 8, endColumn: 22, severity: 'critical' }],
    },
    {
      name: 'anonymous and authenticated groups',
      code: binding('RoleBinding', 'view', '- kind: Group\n  name: system:unauthenticated\n- kind: Group\n  name: "system:authenticated"\n'),
      findings: [
        { messageId: 'broadSubject', line: 11, column: 9, endColumn: 31, severity: 'critical' },
        { messageId: 'broadSubject', line: 13, column: 9, endColumn: 31, severity: 'medium' },
      ],
    },
    {
      name: 'terraform: cluster-admin in kubernetes_cluster_role_binding_v1',
      filename: 'main.tf',
      code: tfBinding('kubernetes_cluster_role_binding_v1', '"cluster-admin"', tfServiceAccount),
      findings: [{ messageId: 'clusterAdmin', line: 8, column: 17, endLine: 8, endColumn: 32 }],
    },
    {
      name: 'terraform: anonymous group in kubernetes_role_binding',
      filename: 'main.tf',
      code: tfBinding('kubernetes_role_binding', '"view"', '"Group"\n    name      = "system:anonymous"\n    api_group = "rbac.authorization.k8s.io"'),
      findings: [{ messageId: 'broadSubject', line: 12, column: 17, endColumn: 35, severity: 'critical' }],
    },
  ],
});
