import rule from '../../../rules/terraform/tf-179-azure-app-gateway-weak-tls';
import { ruleTester } from '../../helpers/rule-tester';

const gw = (policy: string) => `resource "azurerm_application_gateway" "gw" {\n  name = "gw"\n\n  ssl_policy {\n${policy}  }\n}\n`;

ruleTester(rule, {
  good: [
    { name: 'no ssl_policy (TLS 1.2 default)', code: 'resource "azurerm_application_gateway" "gw" {\n  name = "gw"\n}\n' },
    { name: 'predefined 2022 policy', code: gw('    policy_type = "Predefined"\n    policy_name = "AppGwSslPolicy20220101"\n') },
    { name: 'predefined 2017 S policy (TLS 1.2)', code: gw('    policy_type = "Predefined"\n    policy_name = "AppGwSslPolicy20170401S"\n') },
    { name: 'custom TLS 1.2', code: gw('    policy_type          = "Custom"\n    min_protocol_version = "TLSv1_2"\n') },
    { name: 'from a variable without a value', code: gw('    policy_name = var.policy\n'), files: { 'variables.tf': 'variable "policy" {}\n' } },
  ],
  bad: [
    {
      name: 'custom TLS 1.1',
      code: gw('    policy_type          = "Custom"\n    min_protocol_version = "TLSv1_1"\n'),
      findings: [{ messageId: 'weakTls', line: 6, column: 28, endColumn: 37, suggestions: [{ title: 'Require TLS 1.2', output: gw('    policy_type          = "Custom"\n    min_protocol_version = "TLSv1_2"\n') }] }],
    },
    {
      name: 'predefined 2015 policy',
      code: gw('    policy_type = "Predefined"\n    policy_name = "AppGwSslPolicy20150501"\n'),
      findings: [{ messageId: 'weakPolicy', line: 6, column: 19, endColumn: 43, suggestions: [{ output: gw('    policy_type = "Predefined"\n    policy_name = "AppGwSslPolicy20220101"\n') }] }],
    },
    {
      name: 'JSON syntax, TLS 1.0',
      filename: 'main.tf.json',
      code: '{"resource": {"azurerm_application_gateway": {"gw": {"ssl_policy": {"min_protocol_version": "TLSv1_0"}}}}}\n',
      findings: [{ messageId: 'weakTls', line: 1, column: 93, endColumn: 102 }],
    },
  ],
});
