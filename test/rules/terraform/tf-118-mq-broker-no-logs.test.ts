import rule from '../../../rules/terraform/tf-118-mq-broker-no-logs';
import { ruleTester } from '../../helpers/rule-tester';

const broker = (engine: string, body: string) => `resource "aws_mq_broker" "events" {\n  broker_name = "events"\n  engine_type = ${engine}\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: 'ActiveMQ with audit logs', code: broker('"ActiveMQ"', '  logs {\n    audit = true\n  }\n') },
    { name: 'RabbitMQ with general logs', code: broker('"RabbitMQ"', '  logs {\n    general = true\n  }\n') },
    { name: 'RabbitMQ is not asked for an audit log', code: broker('"RabbitMQ"', '  logs {\n    general = true\n    audit   = false\n  }\n') },
    { name: 'engine not known before apply', code: broker('var.engine', ''), files: { 'variables.tf': 'variable "engine" {}\n' } },
    { name: 'audit not known before apply', code: broker('"ActiveMQ"', '  logs {\n    audit = var.audit\n  }\n'), files: { 'variables.tf': 'variable "audit" {}\n' } },
    { name: 'JSON syntax, audit on', filename: 'main.tf.json', code: '{"resource": {"aws_mq_broker": {"events": {"engine_type": "ActiveMQ", "logs": {"audit": true}}}}}\n' },
  ],
  bad: [
    {
      name: 'ActiveMQ without logs',
      code: broker('"ActiveMQ"', ''),
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 34, suggestions: [{ title: 'Set audit = true', output: broker('"ActiveMQ"', '  logs {\n    audit = true\n  }\n') }] }],
    },
    {
      name: 'ActiveMQ with general logs only',
      code: broker('"ActiveMQ"', '  logs {\n    general = true\n  }\n'),
      findings: [{ messageId: 'missing', line: 4, column: 3, endColumn: 7, suggestions: [{ output: broker('"ActiveMQ"', '  logs {\n    general = true\n    audit = true\n  }\n') }] }],
    },
    {
      name: 'RabbitMQ with general logs off',
      code: broker('"RabbitMQ"', '  logs {\n    general = false\n  }\n'),
      findings: [{ messageId: 'disabled', line: 5, column: 15, endColumn: 20, suggestions: [{ title: 'Set general = true', output: broker('"RabbitMQ"', '  logs {\n    general = true\n  }\n') }] }],
    },
    {
      name: 'JSON syntax, RabbitMQ without logs',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_mq_broker": {"events": {"engine_type": "RabbitMQ"}}}}\n',
      findings: [{ messageId: 'missing', line: 1, column: 33, endColumn: 41 }],
    },
  ],
});
