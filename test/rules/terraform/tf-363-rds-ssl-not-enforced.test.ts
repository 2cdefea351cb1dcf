import rule from '../../../rules/terraform/tf-363-rds-ssl-not-enforced';
import { ruleTester } from '../../helpers/rule-tester';

const group = (family: string, body = '') => `resource "aws_db_parameter_group" "db" {\n  name   = "db"\n  family = "${family}"\n${body}}\n`;
const parameter = (name: string, value: string) => `\n  parameter {\n    name  = "${name}"\n    value = "${value}"\n  }\n`;

ruleTester(rule, {
  good: [
    { name: 'PostgreSQL 16 enforces SSL by default', code: group('postgres16') },
    { name: 'MySQL with require_secure_transport', code: group('mysql8.0', parameter('require_secure_transport', '1')) },
    { name: 'explicitly off (the recommended rule reports it)', code: group('postgres13', parameter('rds.force_ssl', '0')) },
    { name: 'MySQL 8.4 left undecided', code: group('mysql8.4') },
    { name: 'unknown family', code: group('oracle-ee-19') },
    { name: 'dynamic parameters not known', code: group('mysql8.0', '\n  dynamic "parameter" {\n    for_each = var.parameters\n    content {\n      name  = parameter.key\n      value = parameter.value\n    }\n  }\n') },
  ],
  bad: [
    {
      name: 'MySQL without the parameter',
      code: group('mysql8.0'),
      findings: [{
        messageId: 'notEnforced', line: 1, column: 1, endColumn: 39,
        suggestions: [{ title: 'Enforce SSL', output: group('mysql8.0', '  parameter {\n    name = "require_secure_transport"\n    value = "1"\n  }\n') }],
      }],
    },
    {
      name: 'PostgreSQL 14 cluster group',
      code: 'resource "aws_rds_cluster_parameter_group" "db" {\n  family = "aurora-postgresql14"\n}\n',
      findings: [{ messageId: 'notEnforced', line: 1, column: 1, endColumn: 48 }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_db_parameter_group": {"db": {"family": "mariadb10.11"}}}}\n',
      findings: [{ messageId: 'notEnforced', line: 1, column: 42, endColumn: 46 }],
    },
  ],
});
