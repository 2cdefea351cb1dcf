import rule from '../../../rules/terraform/tf-310-db-snapshot-public';
import { ruleTester } from '../../helpers/rule-tester';

const snapshot = (body: string) => `resource "aws_db_snapshot" "nightly" {\n  db_instance_identifier = aws_db_instance.main.identifier\n  db_snapshot_identifier = "nightly"\n${body}}\n`;
const title = 'Stop sharing the snapshot publicly';

ruleTester(rule, {
  good: [
    { name: 'not shared', code: snapshot('') },
    { name: 'shared with one account', code: snapshot('  shared_accounts        = ["123456789012"]\n') },
    { name: 'accounts from a variable without a value', code: snapshot('  shared_accounts        = var.accounts\n'), files: { 'variables.tf': 'variable "accounts" {}\n' } },
    { name: 'count = 0', code: snapshot('  count                  = 0\n  shared_accounts        = ["all"]\n') },
    { name: 'JSON syntax, one account', filename: 'main.tf.json', code: '{\n  "resource": {\n    "aws_db_snapshot": {\n      "nightly": { "shared_accounts": ["123456789012"] }\n    }\n  }\n}\n' },
  ],
  bad: [
    {
      name: 'public DB snapshot',
      code: snapshot('  shared_accounts        = ["all"]\n'),
      findings: [{ messageId: 'public', line: 4, column: 29, endColumn: 34, suggestions: [{ title, output: snapshot('  shared_accounts        = []\n') }] }],
    },
    {
      name: 'public beside an account',
      code: snapshot('  shared_accounts        = ["123456789012", "all"]\n'),
      findings: [{ messageId: 'public', line: 4, column: 45, endColumn: 50, suggestions: [{ title, output: snapshot('  shared_accounts        = ["123456789012"]\n') }] }],
    },
    {
      name: 'cluster snapshot',
      code: 'resource "aws_db_cluster_snapshot" "nightly" {\n  db_cluster_identifier          = aws_rds_cluster.main.id\n  db_cluster_snapshot_identifier = "nightly"\n  shared_accounts                = ["all"]\n}\n',
      findings: [{ messageId: 'public', line: 4, column: 37, endColumn: 42 }],
    },
    {
      name: 'from a variable default: at the use, no edit',
      code: snapshot('  shared_accounts        = var.accounts\n'),
      files: { 'variables.tf': 'variable "accounts" {\n  default = ["all"]\n}\n' },
      findings: [{ messageId: 'public', line: 4, column: 28, endColumn: 40, related: ['variables.tf:2:14'], suggestions: [] }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "aws_db_snapshot": {\n      "nightly": { "shared_accounts": ["all"] }\n    }\n  }\n}\n',
      findings: [{ messageId: 'public', line: 4, column: 40, endColumn: 45 }],
    },
  ],
});
