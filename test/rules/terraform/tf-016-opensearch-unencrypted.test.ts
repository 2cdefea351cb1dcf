import rule from '../../../rules/terraform/tf-016-opensearch-unencrypted';
import { ruleTester } from '../../helpers/rule-tester';

const domain = (body: string, type = 'aws_opensearch_domain') => `resource "${type}" "search" {\n  domain_name = "search"\n${body}}\n`;
const title = 'Enable encryption at rest';

ruleTester(rule, {
  good: [
    { name: 'encrypted', code: domain('  encrypt_at_rest {\n    enabled = true\n  }\n') },
    { name: 'encrypted with a customer-managed key', code: domain('  encrypt_at_rest {\n    enabled    = true\n    kms_key_id = aws_kms_key.search.arn\n  }\n') },
    { name: 'Elasticsearch domain, encrypted', code: domain('  encrypt_at_rest {\n    enabled = true\n  }\n', 'aws_elasticsearch_domain') },
    { name: 'not known before apply', code: domain('  encrypt_at_rest {\n    enabled = var.encrypt\n  }\n') },
    { name: 'dynamic block from an unknown collection', code: domain('  dynamic "encrypt_at_rest" {\n    for_each = var.encrypt_at_rest\n    content {\n      enabled = false\n    }\n  }\n') },
    { name: 'dynamic block from a known list, enabled', code: domain('  dynamic "encrypt_at_rest" {\n    for_each = [{ enabled = true }]\n    content {\n      enabled = encrypt_at_rest.value.enabled\n    }\n  }\n') },
    { name: 'JSON syntax, encrypted', filename: 'main.tf.json', code: '{"resource": {"aws_opensearch_domain": {"search": {"encrypt_at_rest": {"enabled": true}}}}}\n' },
  ],
  bad: [
    {
      name: 'no encrypt_at_rest block',
      code: domain(''),
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 42, suggestions: [{ title, output: domain('  encrypt_at_rest {\n    enabled = true\n  }\n') }] }],
    },
    {
      name: 'Elasticsearch domain without the block',
      code: domain('', 'aws_elasticsearch_domain'),
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 45 }],
    },
    {
      name: 'enabled = false',
      code: domain('  encrypt_at_rest {\n    enabled = false\n  }\n'),
      findings: [{ messageId: 'disabled', line: 4, column: 15, endColumn: 20, suggestions: [{ title, output: domain('  encrypt_at_rest {\n    enabled = true\n  }\n') }] }],
    },
    {
      name: 'dynamic block from a known list: the value in the list',
      code: domain('  dynamic "encrypt_at_rest" {\n    for_each = [{ enabled = false }]\n    content {\n      enabled = encrypt_at_rest.value.enabled\n    }\n  }\n'),
      findings: [{ messageId: 'disabled', line: 6, column: 17, endColumn: 46, related: [':4:29'], suggestions: [] }],
    },
    {
      name: 'false from a variable default',
      code: domain('  encrypt_at_rest {\n    enabled = var.encrypt\n  }\n'),
      files: { 'variables.tf': 'variable "encrypt" {\n  default = false\n}\n' },
      findings: [{ messageId: 'disabled', line: 4, column: 15, endColumn: 26, related: ['variables.tf:2:13'], suggestions: [] }],
    },
    {
      name: 'JSON syntax, block absent',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "aws_opensearch_domain": {\n      "search": {\n        "domain_name": "search"\n      }\n    }\n  }\n}\n',
      findings: [{
        messageId: 'missing', line: 4, column: 7, endColumn: 15,
        suggestions: [{ output: '{\n  "resource": {\n    "aws_opensearch_domain": {\n      "search": {\n        "domain_name": "search",\n        "encrypt_at_rest": { "enabled": true }\n      }\n    }\n  }\n}\n' }],
      }],
    },
  ],
});
