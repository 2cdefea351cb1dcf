import rule from '../../../rules/terraform/tf-362-rds-secure-transport-off';
import { ruleTester } from '../../helpers/rule-tester';

const group = (type: string, family: string, name: string, value: string) =>
  `resource "${type}" "db" {\n  name   = "db"\n  family = "${family}"\n\n  parameter {\n    name  = "${name}"\n    value = ${value}\n  }\n}\n`;

ruleTester(rule, {
  good: [
    { name: 'PostgreSQL forces SSL', code: group('aws_db_parameter_group', 'postgres14', 'rds.force_ssl', '"1"') },
    { name: 'MySQL requires secure transport', code: group('aws_db_parameter_group', 'mysql8.0', 'require_secure_transport', '"ON"') },
    { name: 'other parameter set to 0', code: group('aws_db_parameter_group', 'postgres16', 'log_connections', '"0"') },
    { name: 'MySQL parameter name in a PostgreSQL group is not the switch', code: group('aws_db_parameter_group', 'postgres16', 'require_secure_transport', '"0"') },
    { name: 'family not known', code: 'resource "aws_db_parameter_group" "db" {\n  family = var.family\n\n  parameter {\n    name  = "rds.force_ssl"\n    value = "0"\n  }\n}\n' },
    { name: 'value not known', code: group('aws_rds_cluster_parameter_group', 'aurora-postgresql16', 'rds.force_ssl', 'var.force_ssl') },
  ],
  bad: [
    {
      name: 'PostgreSQL 16 with SSL enforcement off',
      code: group('aws_db_parameter_group', 'postgres16', 'rds.force_ssl', '"0"'),
      findings: [{ messageId: 'disabled', line: 7, column: 13, endColumn: 16, suggestions: [{ title: 'Enforce SSL', output: group('aws_db_parameter_group', 'postgres16', 'rds.force_ssl', '"1"') }] }],
    },
    {
      name: 'Aurora MySQL cluster group, OFF',
      code: group('aws_rds_cluster_parameter_group', 'aurora-mysql8.0', 'require_secure_transport', '"OFF"'),
      findings: [{ messageId: 'disabled', line: 7, column: 13, endColumn: 18 }],
    },
    {
      name: 'SQL Server, number literal',
      code: group('aws_db_parameter_group', 'sqlserver-se-15.0', 'rds.force_ssl', '0'),
      findings: [{ messageId: 'disabled', line: 7, column: 13, endColumn: 14, suggestions: [{ output: group('aws_db_parameter_group', 'sqlserver-se-15.0', 'rds.force_ssl', '"1"') }] }],
    },
    {
      name: 'value from a variable default',
      code: group('aws_db_parameter_group', 'mariadb10.11', 'require_secure_transport', 'var.tls'),
      files: { 'variables.tf': 'variable "tls" {\n  default = "0"\n}\n' },
      findings: [{ messageId: 'disabled', line: 7, column: 13, endColumn: 20, related: ['variables.tf:2:13'] }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_db_parameter_group": {"db": {"family": "postgres15", "parameter": [{"name": "rds.force_ssl", "value": "0"}]}}}}\n',
      findings: [{ messageId: 'disabled', line: 1, column: 122, endColumn: 125 }],
    },
  ],
});
