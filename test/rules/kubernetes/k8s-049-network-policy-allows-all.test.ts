import rule from '../../../rules/kubernetes/k8s-049-network-policy-allows-all';
import { ruleTester } from '../../helpers/rule-tester';

const policy = (spec: string) =>
  `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: api\nspec:\n  podSelector: {}\n${spec}`;

ruleTester(rule, {
  good: [
    { name: 'default deny', code: policy('  policyTypes: [Ingress, Egress]\n') },
    { name: 'named peers', code: policy('  ingress:\n  - from:\n    - podSelector: {matchLabels: {app: web}}\n') },
    { name: 'any source on one port', code: policy('  ingress:\n  - ports:\n    - port: 443\n') },
    { name: 'world range with exceptions', code: policy('  egress:\n  - to:\n    - ipBlock:\n        cidr: 0.0.0.0/0\n        except: [169.254.169.254/32]\n') },
  ],
  bad: [
    {
      name: 'ingress - {}',
      code: policy('  ingress:\n  - {}\n'),
      findings: [{ messageId: 'allowAll', line: 8, column: 5, endLine: 8, endColumn: 7, severity: 'medium' }],
    },
    {
      name: 'open egress is low',
      code: policy('  policyTypes: [Egress]\n  egress:\n  - {}\n'),
      findings: [{ messageId: 'allowAll', line: 9, column: 5, endColumn: 7, severity: 'low' }],
    },
    {
      name: 'ingress from the whole internet',
      code: policy('  ingress:\n  - from:\n    - ipBlock:\n        cidr: 0.0.0.0/0\n'),
      findings: [{ messageId: 'worldBlock', line: 10, column: 15, endColumn: 24 }],
    },
  ],
});
