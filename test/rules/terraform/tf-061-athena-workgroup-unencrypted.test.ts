import rule from '../../../rules/terraform/tf-061-athena-workgroup-unencrypted';
import { ruleTester } from '../../helpers/rule-tester';

const workgroup = (configuration: string) => `resource "aws_athena_workgroup" "analytics" {\n  name = "analytics"\n${configuration}}\n`;
const encrypted = (extra = '') =>
  workgroup(`\n  configuration {\n${extra}    result_configuration {\n      encryption_configuration {\n        encryption_option = "SSE_KMS"\n      }\n    }\n  }\n`);

ruleTester(rule, {
  good: [
    { name: 'results encrypted, configuration enforced by default', code: encrypted() },
    { name: 'enforced explicitly', code: encrypted('    enforce_workgroup_configuration = true\n') },
    { name: 'option not known before apply', code: workgroup('\n  configuration {\n    result_configuration {\n      encryption_configuration {\n        encryption_option = var.option\n      }\n    }\n  }\n') },
  ],
  bad: [
    { name: 'no configuration', code: workgroup(''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 44 }] },
    {
      name: 'results without encryption configuration',
      code: workgroup('\n  configuration {\n    result_configuration {\n      output_location = "s3://results/"\n    }\n  }\n'),
      findings: [{ messageId: 'missing', line: 5, column: 5, endColumn: 25 }],
    },
    {
      name: 'configuration not enforced',
      code: encrypted('    enforce_workgroup_configuration = false\n'),
      findings: [{ messageId: 'notEnforced', line: 5, column: 39, endColumn: 44, suggestions: [{ output: encrypted('    enforce_workgroup_configuration = true\n') }] }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_athena_workgroup": {"analytics": {"name": "analytics"}}}}\n',
      findings: [{ messageId: 'missing', line: 1, column: 40, endColumn: 51 }],
    },
  ],
});
