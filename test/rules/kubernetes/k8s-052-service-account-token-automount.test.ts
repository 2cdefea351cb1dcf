import rule from '../../../rules/kubernetes/k8s-052-service-account-token-automount';
import { ruleTester } from '../../helpers/rule-tester';

const containers = '  containers:\n  - name: web\n    image: nginx:1.27\n';
const pod = (spec: string) => 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n' + spec + containers;
const account = (automount: string) => `apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: web\nautomountServiceAccountToken: ${automount}\n---\n`;

ruleTester(rule, {
  good: [
    { name: 'disabled on the pod', code: pod('  automountServiceAccountToken: false\n') },
    { name: 'disabled on its ServiceAccount', code: account('false') + pod('  serviceAccountName: web\n') },
    { name: 'the pod value wins over the account', code: account('true') + pod('  serviceAccountName: web\n  automountServiceAccountToken: false\n') },
  ],
  bad: [
    {
      name: 'not set',
      code: pod(''),
      findings: [
        {
          messageId: 'notDisabled', line: 5, column: 1, endLine: 5, endColumn: 5, severity: 'medium',
          suggestions: [{ output: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n' + containers + '  automountServiceAccountToken: false\n' }],
        },
      ],
    },
    {
      name: 'explicitly true',
      code: pod('  automountServiceAccountToken: true\n'),
      findings: [{ messageId: 'enabled', line: 6, column: 33, endColumn: 37, suggestions: [{ output: pod('  automountServiceAccountToken: false\n') }] }],
    },
    {
      name: 'the account of the file leaves it on',
      code: account('true') + pod('  serviceAccountName: web\n'),
      findings: [{ messageId: 'notDisabled', line: 11, column: 1, endColumn: 5 }],
    },
  ],
});
