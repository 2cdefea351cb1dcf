import rule from '../../../rules/terraform/tf-139-database-skip-final-snapshot';
import { ruleTester } from '../../helpers/rule-tester';

const resource = (type: string, body: string) => `resource "${type}" "main" {\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: 'absent: a final snapshot is taken', code: resource('aws_db_instance', '  engine = "postgres"\n') },
    { name: 'explicit false', code: resource('aws_rds_cluster', '  skip_final_snapshot       = false\n  final_snapshot_identifier = "final"\n') },
    { name: 'read replica', code: resource('aws_db_instance', '  replicate_source_db = aws_db_instance.primary.identifier\n  skip_final_snapshot = true\n') },
    { name: 'Aurora instance: its cluster decides', code: resource('aws_db_instance', '  engine              = "aurora-mysql"\n  skip_final_snapshot = true\n') },
    { name: 'from a variable without a value', code: resource('aws_redshift_cluster', '  skip_final_snapshot = var.skip\n'), files: { 'variables.tf': 'variable "skip" {}\n' } },
  ],
  bad: [
    { name: 'RDS instance skips it', code: resource('aws_db_instance', '  engine              = "postgres"\n  skip_final_snapshot = true\n'), findings: [{ messageId: 'skipped', line: 3, column: 25, endColumn: 29 }] },
    { name: 'DocumentDB cluster', code: resource('aws_docdb_cluster', '  skip_final_snapshot = true\n'), findings: [{ messageId: 'skipped', line: 2, column: 25, endColumn: 29 }] },
    { name: 'Neptune cluster', code: resource('aws_neptune_cluster', '  skip_final_snapshot = "true"\n'), findings: [{ messageId: 'skipped', line: 2, column: 25, endColumn: 31 }] },
    {
      name: 'Redshift, from a variable default',
      code: resource('aws_redshift_cluster', '  skip_final_snapshot = var.skip\n'),
      files: { 'variables.tf': 'variable "skip" {\n  default = true\n}\n' },
      findings: [{ messageId: 'skipped', line: 2, column: 25, endColumn: 33, related: ['variables.tf:2:13'] }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "aws_rds_cluster": {\n      "main": { "skip_final_snapshot": true }\n    }\n  }\n}\n',
      findings: [{ messageId: 'skipped', line: 4, column: 40, endColumn: 44 }],
    },
  ],
});
