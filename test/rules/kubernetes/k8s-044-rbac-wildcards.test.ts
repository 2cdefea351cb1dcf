import rule from '../../../rules/kubernetes/k8s-044-rbac-wildcards';
import { ruleTester } from '../../helpers/rule-tester';

const role = (kind: string, rules: string) => `apiVersion: rbac.authorization.k8s.io/v1\nkind: ${kind}\nmetadata:\n  name: ops\nrules:\n${rules}`;

ruleTester(rule, {
  good: [
    { name: 'explicit lists', code: role('Role', '- apiGroups: ["apps"]\n  resources: ["deployments"]\n  verbs: ["get", "list"]\n') },
    { name: 'a wildcard inside a resource name is not a wildcard', code: role('Role', '- apiGroups: [""]\n  resources: ["pods/*"]\n  verbs: ["get"]\n') },
    { name: 'not an RBAC object', code: 'apiVersion: example.com/v1\nkind: Role\nmetadata:\n  name: x\nrules:\n- verbs: ["*"]\n' },
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
  ],
});
