import rule from '../../../rules/terraform/tf-364-dms-endpoint-no-ssl';
import { ruleTester } from '../../helpers/rule-tester';

const endpoint = (engine: string, body = '') => `resource "aws_dms_endpoint" "source" {\n  endpoint_id = "source"\n  engine_name = ${engine}\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: 'verify-full', code: endpoint('"postgres"', '  ssl_mode    = "verify-full"\n') },
    { name: 'S3 target has no ssl_mode', code: endpoint('"s3"') },
    { name: 'engine not known', code: endpoint('var.engine') },
    { name: 'mode not known', code: endpoint('"mysql"', '  ssl_mode    = var.ssl_mode\n') },
  ],
  bad: [
    {
      name: 'absent on PostgreSQL',
      code: endpoint('"postgres"'),
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 37, suggestions: [{ title: 'Require TLS', output: endpoint('"postgres"', '  ssl_mode = "require"\n') }] }],
    },
    {
      name: 'none on SQL Server',
      code: endpoint('"sqlserver"', '  ssl_mode    = "none"\n'),
      findings: [{ messageId: 'none', line: 4, column: 17, endColumn: 23, suggestions: [{ output: endpoint('"sqlserver"', '  ssl_mode    = "require"\n') }] }],
    },
    {
      name: 'engine from a variable default',
      code: endpoint('var.engine'),
      files: { 'variables.tf': 'variable "engine" {\n  default = "mysql"\n}\n' },
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 37 }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_dms_endpoint": {"source": {"engine_name": "oracle", "ssl_mode": "none"}}}}\n',
      findings: [{ messageId: 'none', line: 1, column: 84, endColumn: 90 }],
    },
  ],
});
