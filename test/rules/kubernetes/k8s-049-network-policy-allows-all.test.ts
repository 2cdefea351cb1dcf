import rule from '../../../rules/kubernetes/k8s-049-network-policy-allows-all';
import { ruleTester } from '../../helpers/rule-tester';

const policy = (spec: string) =>
  `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: api\nspec:\n  podSelector: {}\n${spec}`;

const tfPolicy = (rules: string, type = 'kubernetes_network_policy_v1') =>
  `resource "${type}" "api" {\n  metadata {\n    name = "api"\n  }\n  spec {\n    pod_selector {}\n    policy_types = ["Ingress", "Egress"]\n${rules}  }\n}\n`;

ruleTester(rule, {
  good: [
    { name: 'default deny', code: policy('  policyTypes: [Ingress, Egress]\n') },
    { name: 'named peers', code: policy('  ingress:\n  - from:\n    - podSelector: {matchLabels: {app: web}}\n') },
    { name: 'any source on one port', code: policy('  ingress:\n  - ports:\n    - port: 443\n') },
    { name: 'world range with exceptions', code: policy('  egress:\n  - to:\n    - ipBlock:\n        cidr: 0.0.0.0/0\n        except: [169.254.169.254/32]\n') },
    { name: 'terraform: no rules (default deny)', filename: 'main.tf', code: tfPolicy('') },
    { name: 'terraform: named peers', filename: 'main.tf', code: tfPolicy('    ingress {\n      from {\n        pod_selector {\n          match_labels = {\n            app = "web"\n          }\n        }\n      }\n    }\n') },
    { name: 'terraform: peers generated from unknown data', filename: 'main.tf', code: tfPolicy('    ingress {\n      dynamic "from" {\n        for_each = var.sources\n        content {\n          ip_block {\n            cidr = from.value\n          }\n        }\n      }\n    }\n') },
    { name: 'terraform: internet with exceptions', filename: 'main.tf', code: tfPolicy('    egress {\n      to {\n        ip_block {\n          cidr   = "0.0.0.0/0"\n          except = ["10.0.0.0/8"]\n        }\n      }\n    }\n') },
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
    {
      name: 'terraform: empty ingress block of kubernetes_network_policy_v1',
      filename: 'main.tf',
      code: tfPolicy('    ingress {}\n'),
      findings: [{ messageId: 'allowAll', line: 8, column: 5, endLine: 8, endColumn: 12, severity: 'medium' }],
    },
    {
      name: 'terraform: egress to the internet in kubernetes_network_policy',
      filename: 'main.tf',
      code: tfPolicy('    egress {\n      to {\n        ip_block {\n          cidr = "0.0.0.0/0"\n        }\n      }\n    }\n', 'kubernetes_network_policy'),
      findings: [{ messageId: 'worldBlock', line: 11, column: 18, endColumn: 29 }],
    },
  ],
});
