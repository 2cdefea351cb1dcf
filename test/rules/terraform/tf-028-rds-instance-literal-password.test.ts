import rule from '../../../rules/terraform/tf-028-rds-instance-literal-password';
import { ruleTester } from '../../helpers/rule-tester';

const db = (body: string) => `resource "aws_db_instance" "main" {\n  engine   = "postgres"\n  username = "app"\n${body}}\n`;
const managed = db('  manage_master_user_password = true\n');

ruleTester(rule, {
  good: [
    { name: 'managed password', code: managed },
    { name: 'generated password', code: db('  password = random_password.db.result\n') },
    { name: 'variable without a value', code: db('  password = var.db_password\n') },
    { name: 'from a data source', code: db('  password = data.aws_secretsmanager_secret_version.db.secret_string\n') },
    { name: 'empty string', code: db('  password = ""\n') },
    { name: 'JSON syntax, generated', filename: 'main.tf.json', code: '{"resource": {"aws_db_instance": {"main": {"password": "${random_password.db.result}"}}}}\n' },
  ],
  bad: [
    {
      name: 'literal password',
      code: db('  password = "Tr0ub4dor&3"\n'),
      findings: [{ messageId: 'literal', line: 4, column: 14, endColumn: 27, suggestions: [{ title: 'Let RDS manage the password in Secrets Manager', output: managed }] }],
    },
    {
      name: 'variable default: reported at the use, origin related',
      code: db('  password = var.db_password\n'),
      files: { 'variables.tf': 'variable "db_password" {\n  default = "hunter22"\n}\n' },
      findings: [{ messageId: 'literal', line: 4, column: 14, endColumn: 29, related: ['variables.tf:2:13'], suggestions: [{ output: managed }] }],
    },
    {
      name: 'tfvars entry',
      code: db('  password = var.db_password\n'),
      files: { 'variables.tf': 'variable "db_password" {}\n', 'terraform.tfvars': 'db_password = "hunter22"\n' },
      findings: [{ messageId: 'literal', line: 4, column: 14, endColumn: 29 }],
    },
    {
      name: 'count instances',
      code: db('  count    = 2\n  password = "hunter22"\n'),
      findings: [{ messageId: 'literal', line: 5, column: 14, endColumn: 24 }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_db_instance": {"main": {"engine": "postgres", "password": "hunter22"}}}}\n',
      findings: [{ messageId: 'literal', line: 1, column: 78, endColumn: 88 }],
    },
  ],
});
