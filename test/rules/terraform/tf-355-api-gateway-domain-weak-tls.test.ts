import rule from '../../../rules/terraform/tf-355-api-gateway-domain-weak-tls';
import { ruleTester } from '../../helpers/rule-tester';

const domain = (body: string) => `resource "aws_api_gateway_domain_name" "api" {\n  domain_name = "api.example.com"\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: 'TLS 1.2', code: domain('  security_policy = "TLS_1_2"\n') },
    { name: 'enhanced TLS 1.3 policy', code: domain('  security_policy = "SecurityPolicy_TLS13_1_3_2025_09"\n') },
    { name: 'not known', code: domain('  security_policy = var.security_policy\n') },
    { name: 'count = 0', code: domain('  count = 0\n') },
  ],
  bad: [
    {
      name: 'absent',
      code: domain(''),
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 45, suggestions: [{ title: 'Require TLS 1.2', output: domain('  security_policy = "TLS_1_2"\n') }] }],
    },
    {
      name: 'TLS 1.0 explicitly',
      code: domain('  security_policy = "TLS_1_0"\n'),
      findings: [{ messageId: 'weakPolicy', line: 3, column: 21, endColumn: 30, suggestions: [{ output: domain('  security_policy = "TLS_1_2"\n') }] }],
    },
    {
      name: 'enhanced policy with a 1.0 minimum',
      code: domain('  security_policy = "SecurityPolicy_TLS13_1_0_2021_06"\n'),
      findings: [{ messageId: 'weakPolicy', line: 3, column: 21, endColumn: 55 }],
    },
    {
      name: 'from tfvars',
      code: domain('  security_policy = var.security_policy\n'),
      files: { 'variables.tf': 'variable "security_policy" {}\n', 'terraform.tfvars': 'security_policy = "TLS_1_0"\n' },
      findings: [{ messageId: 'weakPolicy', line: 3, column: 21, endColumn: 40, related: ['terraform.tfvars:1:19'] }],
    },
    {
      name: 'JSON syntax, absent',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_api_gateway_domain_name": {"api": {"domain_name": "api.example.com"}}}}\n',
      findings: [{ messageId: 'missing', line: 1, column: 47, endColumn: 52 }],
    },
  ],
});
