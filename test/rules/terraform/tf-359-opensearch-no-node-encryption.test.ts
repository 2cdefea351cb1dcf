import rule from '../../../rules/terraform/tf-359-opensearch-no-node-encryption';
import { ruleTester } from '../../helpers/rule-tester';

const domain = (body: string) => `resource "aws_opensearch_domain" "search" {\n  domain_name = "search"\n${body}}\n`;
const title = 'Enable node-to-node encryption';

ruleTester(rule, {
  good: [
    { name: 'enabled', code: domain('\n  node_to_node_encryption {\n    enabled = true\n  }\n') },
    { name: 'not known', code: domain('\n  node_to_node_encryption {\n    enabled = var.n2n\n  }\n') },
    { name: 'Elasticsearch domain, enabled', code: 'resource "aws_elasticsearch_domain" "es" {\n  node_to_node_encryption {\n    enabled = true\n  }\n}\n' },
  ],
  bad: [
    {
      name: 'absent',
      code: domain(''),
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 42, suggestions: [{ title, output: domain('  node_to_node_encryption {\n    enabled = true\n  }\n') }] }],
    },
    {
      name: 'disabled',
      code: domain('\n  node_to_node_encryption {\n    enabled = false\n  }\n'),
      findings: [{ messageId: 'disabled', line: 5, column: 15, endColumn: 20, suggestions: [{ title, output: domain('\n  node_to_node_encryption {\n    enabled = true\n  }\n') }] }],
    },
    {
      name: 'block without enabled',
      code: domain('\n  node_to_node_encryption {\n  }\n'),
      findings: [{ messageId: 'missing', line: 4, column: 3, endColumn: 26 }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_elasticsearch_domain": {"es": {"node_to_node_encryption": {"enabled": false}}}}}\n',
      findings: [{ messageId: 'disabled', line: 1, column: 90, endColumn: 95 }],
    },
  ],
});
