import rule from '../../../rules/terraform/tf-009-rds-instance-unencrypted';
import { ruleTester } from '../../helpers/rule-tester';

const db = (body: string) => `resource "aws_db_instance" "main" {\n  engine         = "postgres"\n  instance_class = "db.t4g.micro"\n${body}}\n`;
const replaces = 'Set storage_encrypted = true (the provider replaces the resource)';

ruleTester(rule, {
  good: [
    { name: 'encrypted', code: db('  storage_encrypted = true\n') },
    { name: 'encrypted written as a string', code: db('  storage_encrypted = "true"\n') },
    { name: 'encrypted from a variable without a value', code: db('  storage_encrypted = var.encrypted\n'), files: { 'variables.tf': 'variable "encrypted" {}\n' } },
    { name: 'encrypted from tfvars', code: db('  storage_encrypted = var.encrypted\n'), files: { 'variables.tf': 'variable "encrypted" {\n  default = false\n}\n', 'terraform.tfvars': 'encrypted = true\n' } },
    { name: 'Aurora instance: the cluster decides', code: 'resource "aws_db_instance" "writer" {\n  engine             = "aurora-postgresql"\n  cluster_identifier = aws_rds_cluster.main.id\n}\n' },
    { name: 'RDS Custom encrypts its storage', code: 'resource "aws_db_instance" "custom" {\n  engine         = "custom-sqlserver-se"\n  instance_class = "db.m5.xlarge"\n}\n' },
    { name: 'engine not known before apply', code: 'resource "aws_db_instance" "main" {\n  engine = var.engine\n}\n' },
    { name: 'read replica inherits the source encryption', code: 'resource "aws_db_instance" "replica" {\n  replicate_source_db = aws_db_instance.main.identifier\n  instance_class      = "db.t4g.micro"\n}\n' },
    { name: 'restored from a snapshot', code: db('  snapshot_identifier = "snap-1"\n') },
    { name: 'a KMS key without the flag is left to the API', code: db('  kms_key_id = aws_kms_key.db.arn\n') },
    { name: 'count = 0', code: db('  count = 0\n') },
    { name: 'override file', filename: 'db_override.tf', code: db('') },
    { name: 'for_each over known values, all encrypted', code: db('  for_each          = { a = true, b = true }\n  storage_encrypted = each.value\n') },
    {
      name: 'JSON syntax, encrypted',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "aws_db_instance": {\n      "main": { "engine": "mysql", "storage_encrypted": true }\n    }\n  }\n}\n',
    },
  ],
  bad: [
    {
      name: 'storage_encrypted absent',
      code: db(''),
      findings: [{ messageId: 'missing', line: 1, column: 1, endLine: 1, endColumn: 34, suggestions: [{ title: replaces, output: db('  storage_encrypted = true\n') }] }],
    },
    {
      name: 'storage_encrypted = false',
      code: db('  storage_encrypted = false\n'),
      findings: [{ messageId: 'disabled', line: 4, column: 23, endColumn: 28, suggestions: [{ title: replaces, output: db('  storage_encrypted = true\n') }] }],
    },
    {
      name: 'storage_encrypted = null leaves it unset',
      code: db('  storage_encrypted = null\n'),
      findings: [{ messageId: 'missing', line: 4, column: 23, endColumn: 27, suggestions: [{ output: db('  storage_encrypted = true\n') }] }],
    },
    {
      name: 'false from a variable default: reported at the use, no edit of the default',
      code: db('  storage_encrypted = var.encrypted\n'),
      files: { 'variables.tf': 'variable "encrypted" {\n  type    = bool\n  default = false\n}\n' },
      findings: [{ messageId: 'disabled', line: 4, column: 23, endColumn: 36, related: ['variables.tf:3:13'], suggestions: [] }],
    },
    {
      name: 'false from terraform.tfvars',
      code: db('  storage_encrypted = var.encrypted\n'),
      files: { 'variables.tf': 'variable "encrypted" {\n  default = true\n}\n', 'terraform.tfvars': 'encrypted = false\n' },
      findings: [{ messageId: 'disabled', line: 4, column: 23, endColumn: 36, related: ['terraform.tfvars:1:13'] }],
    },
    {
      name: 'false through a local',
      code: db('  storage_encrypted = local.encrypt\n'),
      files: { 'locals.tf': 'locals {\n  encrypt = false\n}\n' },
      findings: [{ messageId: 'disabled', line: 4, column: 23, endColumn: 36, related: ['locals.tf:2:13'] }],
    },
    {
      name: 'counted instances',
      code: db('  count = var.replicas\n'),
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 34 }],
    },
    {
      name: 'for_each over a known map: the unencrypted element',
      code: db('  for_each          = { a = true, b = false }\n  storage_encrypted = each.value\n'),
      findings: [{ messageId: 'disabled', line: 5, column: 23, endColumn: 33, related: [':4:39'] }],
    },
    {
      name: 'JSON syntax, absent',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "aws_db_instance": {\n      "main": {\n        "engine": "mysql"\n      }\n    }\n  }\n}\n',
      findings: [{
        messageId: 'missing', line: 4, column: 7, endColumn: 13,
        suggestions: [{ output: '{\n  "resource": {\n    "aws_db_instance": {\n      "main": {\n        "engine": "mysql",\n        "storage_encrypted": true\n      }\n    }\n  }\n}\n' }],
      }],
    },
    {
      name: 'JSON syntax, false',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "aws_db_instance": {\n      "main": { "engine": "mysql", "storage_encrypted": false }\n    }\n  }\n}\n',
      findings: [{ messageId: 'disabled', line: 4, column: 57, endColumn: 62, suggestions: [{ output: '{\n  "resource": {\n    "aws_db_instance": {\n      "main": { "engine": "mysql", "storage_encrypted": true }\n    }\n  }\n}\n' }] }],
    },
  ],
});
