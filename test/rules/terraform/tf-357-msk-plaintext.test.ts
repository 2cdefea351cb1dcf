import rule from '../../../rules/terraform/tf-357-msk-plaintext';
import { ruleTester } from '../../helpers/rule-tester';

const cluster = (transit: string) =>
  `resource "aws_msk_cluster" "events" {\n  cluster_name = "events"\n\n  encryption_info {\n    encryption_in_transit {\n${transit}    }\n  }\n}\n`;

ruleTester(rule, {
  good: [
    { name: 'TLS and in-cluster encryption', code: cluster('      client_broker = "TLS"\n      in_cluster    = true\n') },
    { name: 'defaults', code: cluster('') },
    { name: 'no encryption_info block', code: 'resource "aws_msk_cluster" "events" {\n  cluster_name = "events"\n}\n' },
    { name: 'not known', code: cluster('      client_broker = var.client_broker\n') },
  ],
  bad: [
    {
      name: 'plain text clients',
      code: cluster('      client_broker = "PLAINTEXT"\n'),
      findings: [{
        messageId: 'plaintextClients', line: 6, column: 23, endColumn: 34,
        suggestions: [{ title: 'Accept only TLS from clients', output: cluster('      client_broker = "TLS"\n') }],
      }],
    },
    {
      name: 'TLS and plain text',
      code: cluster('      client_broker = "TLS_PLAINTEXT"\n'),
      findings: [{ messageId: 'plaintextClients', line: 6, column: 23, endColumn: 38 }],
    },
    {
      name: 'brokers replicate in clear text',
      code: cluster('      in_cluster = false\n'),
      findings: [{
        messageId: 'plaintextBrokers', line: 6, column: 20, endColumn: 25,
        suggestions: [{ title: 'Set in_cluster = true (the provider replaces the resource)', output: cluster('      in_cluster = true\n') }],
      }],
    },
    {
      name: 'from a variable default',
      code: cluster('      client_broker = var.client_broker\n'),
      files: { 'variables.tf': 'variable "client_broker" {\n  default = "TLS_PLAINTEXT"\n}\n' },
      findings: [{ messageId: 'plaintextClients', line: 6, column: 23, endColumn: 40, related: ['variables.tf:2:13'] }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_msk_cluster": {"events": {"encryption_info": {"encryption_in_transit": {"client_broker": "PLAINTEXT"}}}}}}\n',
      findings: [{ messageId: 'plaintextClients', line: 1, column: 109, endColumn: 120 }],
    },
  ],
});
