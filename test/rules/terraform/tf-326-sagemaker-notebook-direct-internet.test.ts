import rule from '../../../rules/terraform/tf-326-sagemaker-notebook-direct-internet';
import { ruleTester } from '../../helpers/rule-tester';

const notebook = (body: string) => `resource "aws_sagemaker_notebook_instance" "lab" {\n  name          = "lab"\n  instance_type = "ml.t3.medium"\n${body}}\n`;
const title = 'Set direct_internet_access = "Disabled" (the provider replaces the resource)';

ruleTester(rule, {
  good: [
    { name: 'disabled', code: notebook('  subnet_id              = aws_subnet.private.id\n  direct_internet_access = "Disabled"\n') },
    { name: 'from a variable without a value', code: notebook('  direct_internet_access = var.access\n'), files: { 'variables.tf': 'variable "access" {}\n' } },
    { name: 'count = 0', code: notebook('  count = 0\n') },
    { name: 'JSON syntax, disabled', filename: 'main.tf.json', code: '{\n  "resource": {\n    "aws_sagemaker_notebook_instance": {\n      "lab": { "subnet_id": "subnet-1", "direct_internet_access": "Disabled" }\n    }\n  }\n}\n' },
  ],
  bad: [
    { name: 'absent without a subnet: no edit', code: notebook(''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 49, suggestions: [] }] },
    {
      name: 'absent in a subnet',
      code: notebook('  subnet_id     = aws_subnet.private.id\n'),
      findings: [{ messageId: 'missing', line: 1, suggestions: [{ title, output: notebook('  subnet_id     = aws_subnet.private.id\n  direct_internet_access = "Disabled"\n') }] }],
    },
    {
      name: 'enabled in a subnet',
      code: notebook('  subnet_id              = aws_subnet.private.id\n  direct_internet_access = "Enabled"\n'),
      findings: [{ messageId: 'enabled', line: 5, column: 28, endColumn: 37, suggestions: [{ title, output: notebook('  subnet_id              = aws_subnet.private.id\n  direct_internet_access = "Disabled"\n') }] }],
    },
    { name: 'JSON syntax, enabled', filename: 'main.tf.json', code: '{\n  "resource": {\n    "aws_sagemaker_notebook_instance": {\n      "lab": { "direct_internet_access": "Enabled" }\n    }\n  }\n}\n', findings: [{ messageId: 'enabled', line: 4, column: 42, endColumn: 51 }] },
  ],
});
