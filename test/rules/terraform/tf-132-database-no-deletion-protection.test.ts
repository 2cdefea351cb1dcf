import rule from '../../../rules/terraform/tf-132-database-no-deletion-protection';
import { ruleTester } from '../../helpers/rule-tester';

const resource = (type: string, body: string) => `resource "${type}" "main" {\n${body}}\n`;
const header = (type: string) => `resource "${type}" "main"`.length + 1;
const title = 'Set deletion_protection = true';

ruleTester(rule, {
  good: [
    { name: 'RDS instance protected', code: resource('aws_db_instance', '  engine              = "postgres"\n  deletion_protection = true\n') },
    { name: 'Aurora instance: the cluster decides', code: resource('aws_db_instance', '  engine             = "aurora-mysql"\n  cluster_identifier = aws_rds_cluster.main.id\n') },
    { name: 'instance engine not known', code: resource('aws_db_instance', '  engine = var.engine\n') },
    { name: 'cluster protected', code: resource('aws_rds_cluster', '  deletion_protection = true\n') },
    { name: 'DocumentDB protected', code: resource('aws_docdb_cluster', '  deletion_protection = true\n') },
    { name: 'Neptune protected from a variable without a value', code: resource('aws_neptune_cluster', '  deletion_protection = var.protect\n'), files: { 'variables.tf': 'variable "protect" {}\n' } },
    { name: 'count = 0', code: resource('aws_rds_cluster', '  count = 0\n') },
  ],
  bad: [
    {
      name: 'RDS instance without the flag',
      code: resource('aws_db_instance', '  engine = "postgres"\n'),
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: header('aws_db_instance'), suggestions: [{ title, output: resource('aws_db_instance', '  engine = "postgres"\n  deletion_protection = true\n') }] }],
    },
    {
      name: 'Aurora cluster with the flag false',
      code: resource('aws_rds_cluster', '  engine              = "aurora-postgresql"\n  deletion_protection = false\n'),
      findings: [{ messageId: 'disabled', line: 3, column: 25, endColumn: 30, suggestions: [{ title, output: resource('aws_rds_cluster', '  engine              = "aurora-postgresql"\n  deletion_protection = true\n') }] }],
    },
    { name: 'DocumentDB without the flag', code: resource('aws_docdb_cluster', ''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: header('aws_docdb_cluster') }] },
    { name: 'Neptune without the flag', code: resource('aws_neptune_cluster', ''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: header('aws_neptune_cluster') }] },
    {
      name: 'false from a variable default',
      code: resource('aws_rds_cluster', '  deletion_protection = var.protect\n'),
      files: { 'variables.tf': 'variable "protect" {\n  default = false\n}\n' },
      findings: [{ messageId: 'disabled', line: 2, column: 25, endColumn: 36, related: ['variables.tf:2:13'], suggestions: [] }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "aws_rds_cluster": {\n      "main": { "engine": "aurora-mysql", "deletion_protection": false }\n    }\n  }\n}\n',
      findings: [{ messageId: 'disabled', line: 4, column: 66, endColumn: 71 }],
    },
  ],
});
