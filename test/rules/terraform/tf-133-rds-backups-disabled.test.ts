import rule from '../../../rules/terraform/tf-133-rds-backups-disabled';
import { ruleTester } from '../../helpers/rule-tester';

const db = (body: string) => `resource "aws_db_instance" "main" {\n  engine         = "postgres"\n  instance_class = "db.t4g.micro"\n${body}}\n`;
const title = 'Keep automated backups for 7 days (the instance restarts)';

ruleTester(rule, {
  good: [
    { name: 'retention absent: one day', code: db('') },
    { name: 'seven days', code: db('  backup_retention_period = 7\n') },
    { name: 'from a variable without a value', code: db('  backup_retention_period = var.days\n'), files: { 'variables.tf': 'variable "days" {}\n' } },
    { name: 'read replica without backups', code: db('  replicate_source_db     = aws_db_instance.primary.identifier\n  backup_retention_period = 0\n') },
    { name: 'Aurora instance: the cluster keeps backups', code: 'resource "aws_db_instance" "writer" {\n  engine                  = "aurora-postgresql"\n  backup_retention_period = 0\n}\n' },
    { name: 'engine not known', code: 'resource "aws_db_instance" "main" {\n  engine                  = var.engine\n  backup_retention_period = 0\n}\n' },
  ],
  bad: [
    {
      name: 'backups off',
      code: db('  backup_retention_period = 0\n'),
      findings: [{ messageId: 'disabled', line: 4, column: 29, endColumn: 30, suggestions: [{ title, output: db('  backup_retention_period = 7\n') }] }],
    },
    {
      name: 'backups off from tfvars',
      code: db('  backup_retention_period = var.days\n'),
      files: { 'variables.tf': 'variable "days" {\n  default = 7\n}\n', 'terraform.tfvars': 'days = 0\n' },
      findings: [{ messageId: 'disabled', line: 4, column: 29, endColumn: 37, related: ['terraform.tfvars:1:8'], suggestions: [] }],
    },
    {
      name: 'for_each: the instance without backups',
      code: db('  for_each                = { prod = 7, dev = 0 }\n  backup_retention_period = each.value\n'),
      findings: [{ messageId: 'disabled', line: 5, column: 29, endColumn: 39 }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "aws_db_instance": {\n      "main": { "engine": "mysql", "backup_retention_period": 0 }\n    }\n  }\n}\n',
      findings: [{ messageId: 'disabled', line: 4, column: 63, endColumn: 64 }],
    },
  ],
});
