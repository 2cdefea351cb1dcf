import rule from '../../../rules/terraform/tf-324-opensearch-outside-vpc';
import { ruleTester } from '../../helpers/rule-tester';

const domain = (type: string, body: string) => `resource "${type}" "logs" {\n  domain_name = "logs"\n${body}}\n`;
const vpc = '\n  vpc_options {\n    subnet_ids = var.subnet_ids\n  }\n';

ruleTester(rule, {
  good: [
    { name: 'OpenSearch in a VPC', code: domain('aws_opensearch_domain', vpc) },
    { name: 'Elasticsearch in a VPC', code: domain('aws_elasticsearch_domain', vpc) },
    { name: 'dynamic vpc_options over an unknown collection', code: domain('aws_opensearch_domain', '  dynamic "vpc_options" {\n    for_each = var.vpc\n    content {\n      subnet_ids = vpc_options.value\n    }\n  }\n') },
    { name: 'count = 0', code: domain('aws_opensearch_domain', '  count = 0\n') },
    { name: 'JSON syntax, in a VPC', filename: 'main.tf.json', code: '{\n  "resource": {\n    "aws_opensearch_domain": {\n      "logs": { "vpc_options": { "subnet_ids": ["subnet-1"] } }\n    }\n  }\n}\n' },
  ],
  bad: [
    { name: 'public OpenSearch domain', code: domain('aws_opensearch_domain', ''), findings: [{ messageId: 'publicEndpoint', line: 1, column: 1, endColumn: 40, suggestions: [] }] },
    { name: 'public Elasticsearch domain', code: domain('aws_elasticsearch_domain', ''), findings: [{ messageId: 'publicEndpoint', line: 1, column: 1, endColumn: 43 }] },
    { name: 'dynamic vpc_options over an empty local', code: domain('aws_opensearch_domain', '  dynamic "vpc_options" {\n    for_each = local.vpc\n    content {\n      subnet_ids = vpc_options.value\n    }\n  }\n'), files: { 'locals.tf': 'locals {\n  vpc = []\n}\n' }, findings: [{ messageId: 'publicEndpoint', line: 1 }] },
    { name: 'JSON syntax', filename: 'main.tf.json', code: '{\n  "resource": {\n    "aws_opensearch_domain": {\n      "logs": { "domain_name": "logs" }\n    }\n  }\n}\n', findings: [{ messageId: 'publicEndpoint', line: 4, column: 7, endColumn: 13 }] },
  ],
});
