import rule from '../../../rules/terraform/tf-030-redshift-literal-password';
import { ruleTester } from '../../helpers/rule-tester';

const cluster = (body: string) => `resource "aws_redshift_cluster" "dw" {\n  master_username = "admin"\n${body}}\n`;
const namespace = (body: string) => `resource "aws_redshiftserverless_namespace" "dw" {\n  namespace_name = "dw"\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: 'managed cluster password', code: cluster('  manage_master_password = true\n') },
    { name: 'generated namespace password', code: namespace('  admin_user_password = random_password.dw.result\n') },
    { name: 'placeholder rotated outside Terraform', code: cluster('  master_password = "Change-me-1"\n\n  lifecycle {\n    ignore_changes = [master_password]\n  }\n') },
  ],
  bad: [
    {
      name: 'cluster with a literal password',
      code: cluster('  master_password = "Tr0ub4dor3"\n'),
      findings: [{ messageId: 'literal', line: 3, column: 21, endColumn: 33, suggestions: [{ output: cluster('  manage_master_password = true\n') }] }],
    },
    {
      name: 'serverless namespace with a literal password',
      code: namespace('  admin_user_password = "Tr0ub4dor3"\n'),
      findings: [{ messageId: 'literal', line: 3, column: 25, endColumn: 37, suggestions: [{ output: namespace('  manage_admin_password = true\n') }] }],
    },
    {
      name: 'lifecycle ignoring another argument',
      code: cluster('  master_password = "Tr0ub4dor3"\n\n  lifecycle {\n    ignore_changes = [tags]\n  }\n'),
      findings: [{ messageId: 'literal', line: 3, column: 21, endColumn: 33 }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_redshift_cluster": {"dw": {"master_password": "Tr0ub4dor3"}}}}\n',
      findings: [{ messageId: 'literal', line: 1, column: 66, endColumn: 78 }],
    },
  ],
});
