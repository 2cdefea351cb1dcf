import rule from '../../../rules/terraform/tf-032-elasticache-literal-auth-token';
import { ruleTester } from '../../helpers/rule-tester';

const group = (body: string) => `resource "aws_elasticache_replication_group" "cache" {\n  replication_group_id = "cache"\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: 'generated token', code: group('  auth_token = random_password.cache.result\n') },
    { name: 'no token, RBAC user group', code: group('  user_group_ids = [aws_elasticache_user_group.app.id]\n') },
    { name: 'variable without a value', code: group('  auth_token = var.token\n') },
  ],
  bad: [
    { name: 'literal token', code: group('  auth_token = "0123456789abcdef0123"\n'), findings: [{ messageId: 'literal', line: 3, column: 16, endColumn: 38, suggestions: [] }] },
    {
      name: 'token from tfvars',
      code: group('  auth_token = var.token\n'),
      files: { 'variables.tf': 'variable "token" {\n  type = string\n}\n', 'terraform.tfvars': 'token = "0123456789abcdef0123"\n' },
      findings: [{ messageId: 'literal', line: 3, column: 16, endColumn: 25, related: ['terraform.tfvars:1:9'] }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_elasticache_replication_group": {"cache": {"auth_token": "0123456789abcdef0123"}}}}\n',
      findings: [{ messageId: 'literal', line: 1, column: 77, endColumn: 99 }],
    },
  ],
});
