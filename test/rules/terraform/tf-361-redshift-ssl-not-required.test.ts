import rule from '../../../rules/terraform/tf-361-redshift-ssl-not-required';
import { ruleTester } from '../../helpers/rule-tester';

const group = (body: string) => `resource "aws_redshift_parameter_group" "main" {\n  name   = "main"\n  family = "redshift-1.0"\n${body}}\n`;
const parameter = (name: string, value: string) => `\n  parameter {\n    name  = ${name}\n    value = ${value}\n  }\n`;

ruleTester(rule, {
  good: [
    { name: 'require_ssl true', code: group(parameter('"require_ssl"', '"true"')) },
    { name: 'name in upper case', code: group(parameter('"REQUIRE_SSL"', '"true"')) },
    { name: 'value not known', code: group(parameter('"require_ssl"', 'var.require_ssl')) },
    { name: 'parameters from a dynamic block', code: group('\n  dynamic "parameter" {\n    for_each = var.parameters\n    content {\n      name  = parameter.key\n      value = parameter.value\n    }\n  }\n') },
    { name: 'a parameter whose name is not known', code: group(parameter('var.name', '"true"')) },
    { name: 'dynamic parameters from a known map', code: group('\n  dynamic "parameter" {\n    for_each = { require_ssl = "true" }\n    content {\n      name  = parameter.key\n      value = parameter.value\n    }\n  }\n') },
  ],
  bad: [
    {
      name: 'no require_ssl',
      code: group(parameter('"enable_user_activity_logging"', '"true"')),
      findings: [{
        messageId: 'missing', line: 1, column: 1, endColumn: 47,
        suggestions: [{ title: 'Require SSL', output: group(parameter('"enable_user_activity_logging"', '"true"') + '  parameter {\n    name = "require_ssl"\n    value = "true"\n  }\n') }],
      }],
    },
    {
      name: 'require_ssl false',
      code: group(parameter('"require_ssl"', '"false"')),
      findings: [{ messageId: 'disabled', line: 7, column: 13, endColumn: 20, suggestions: [{ output: group(parameter('"require_ssl"', '"true"')) }] }],
    },
    {
      name: 'false from a variable default',
      code: group(parameter('"require_ssl"', 'var.require_ssl')),
      files: { 'variables.tf': 'variable "require_ssl" {\n  default = "false"\n}\n' },
      findings: [{ messageId: 'disabled', line: 7, column: 13, endColumn: 28, related: ['variables.tf:2:13'], suggestions: [] }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_redshift_parameter_group": {"main": {"family": "redshift-1.0", "parameter": [{"name": "require_ssl", "value": "false"}]}}}}\n',
      findings: [{ messageId: 'disabled', line: 1, column: 130, endColumn: 137 }],
    },
  ],
});
