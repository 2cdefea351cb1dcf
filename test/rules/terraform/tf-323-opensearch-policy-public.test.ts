import rule from '../../../rules/terraform/tf-323-opensearch-policy-public';
import { ruleTester } from '../../helpers/rule-tester';

const open = 'Statement = [{ Effect = "Allow", Principal = { AWS = "*" }, Action = "es:*", Resource = "*" }]';
const domain = (extra: string, statement = open) =>
  `resource "aws_opensearch_domain" "logs" {\n  domain_name = "logs"\n${extra}  access_policies = jsonencode({\n    ${statement}\n  })\n}\n`;
const bare = 'resource "aws_opensearch_domain" "logs" {\n  domain_name = "logs"\n}\n';

ruleTester(rule, {
  good: [
    { name: 'a role', code: domain('', 'Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::123456789012:role/ingest" }, Action = "es:*", Resource = "*" }]') },
    { name: 'everyone from an IP range', code: domain('', 'Statement = [{ Effect = "Allow", Principal = "*", Action = "es:*", Resource = "*", Condition = { IpAddress = { "aws:SourceIp" = ["203.0.113.0/24"] } } }]') },
    { name: 'domain in a VPC', code: domain('  vpc_options {\n    subnet_ids = var.subnets\n  }\n') },
    { name: 'fine-grained access control', code: domain('  advanced_security_options {\n    enabled = true\n  }\n') },
    {
      name: 'separate policy for a VPC domain',
      code: 'resource "aws_opensearch_domain_policy" "logs" {\n  domain_name     = aws_opensearch_domain.logs.domain_name\n  access_policies = jsonencode({ ' + open + ' })\n}\n',
      files: { 'domain.tf': 'resource "aws_opensearch_domain" "logs" {\n  domain_name = "logs"\n\n  vpc_options {\n    subnet_ids = var.subnets\n  }\n}\n' },
    },
    { name: 'separate policy for a domain elsewhere', code: 'resource "aws_opensearch_domain_policy" "logs" {\n  domain_name     = var.domain\n  access_policies = jsonencode({ ' + open + ' })\n}\n' },
  ],
  bad: [
    { name: 'public domain open to everyone', code: domain(''), findings: [{ messageId: 'public', line: 4, column: 58, endColumn: 61 }] },
    {
      name: 'Elasticsearch domain with Principal "*"',
      code: 'resource "aws_elasticsearch_domain" "logs" {\n  domain_name     = "logs"\n  access_policies = jsonencode({ Statement = [{ Effect = "Allow", Principal = "*", Action = "es:*", Resource = "*" }] })\n}\n',
      findings: [{ messageId: 'public', line: 3, column: 79, endColumn: 82 }],
    },
    {
      name: 'separate policy for a public domain',
      code: 'resource "aws_opensearch_domain_policy" "logs" {\n  domain_name     = aws_opensearch_domain.logs.domain_name\n  access_policies = jsonencode({ ' + open + ' })\n}\n',
      files: { 'domain.tf': bare },
      findings: [{ messageId: 'public', line: 3, column: 87, endColumn: 90 }],
    },
  ],
});
