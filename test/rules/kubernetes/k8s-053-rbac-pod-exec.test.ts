import rule from '../../../rules/kubernetes/k8s-053-rbac-pod-exec';
import { ruleTester } from '../../helpers/rule-tester';

const role = (kind: string, rules: string) => `apiVersion: rbac.authorization.k8s.io/v1\nkind: ${kind}\nmetadata:\n  name: support\nrules:\n${rules}`;

ruleTester(rule, {
  good: [
    { name: 'logs only', code: role('Role', '- apiGroups: [""]\n  resources: ["pods/log"]\n  verbs: ["get"]\n') },
    { name: 'get on pods/exec does not open a shell', code: role('Role', '- apiGroups: [""]\n  resources: ["pods/exec"]\n  verbs: ["get"]\n') },
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
  ],
});
