import rule from '../../../rules/terraform/tf-033-opensearch-literal-master-password';
import { ruleTester } from '../../helpers/rule-tester';

const domain = (type: string, options: string) =>
  `resource "${type}" "search" {\n  domain_name = "search"\n\n  advanced_security_options {\n    enabled = true\n\n    master_user_options {\n${options}    }\n  }\n}\n`;

ruleTester(rule, {
  good: [
    { name: 'IAM master user', code: domain('aws_opensearch_domain', '      master_user_arn = aws_iam_role.admin.arn\n') },
    { name: 'generated password', code: domain('aws_opensearch_domain', '      master_user_name     = "admin"\n      master_user_password = random_password.search.result\n') },
    {
      name: 'options from an unknown dynamic block',
      code: 'resource "aws_opensearch_domain" "search" {\n  advanced_security_options {\n    dynamic "master_user_options" {\n      for_each = var.options\n      content {\n        master_user_password = "x-Tr0ub4dor"\n      }\n    }\n  }\n}\n',
    },
  ],
  bad: [
    {
      name: 'OpenSearch literal password',
      code: domain('aws_opensearch_domain', '      master_user_name     = "admin"\n      master_user_password = "Tr0ub4dor&3"\n'),
      findings: [{ messageId: 'literal', line: 9, column: 30, endColumn: 43 }],
    },
    {
      name: 'Elasticsearch, password from a variable default',
      code: domain('aws_elasticsearch_domain', '      master_user_password = var.pw\n'),
      files: { 'variables.tf': 'variable "pw" {\n  default = "Tr0ub4dor&3"\n}\n' },
      findings: [{ messageId: 'literal', line: 8, column: 30, endColumn: 36, related: ['variables.tf:2:13'] }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_opensearch_domain": {"search": {"advanced_security_options": {"master_user_options": {"master_user_password": "Tr0ub4dor&3"}}}}}}\n',
      findings: [{ messageId: 'literal', line: 1, column: 130, endColumn: 143 }],
    },
  ],
});
