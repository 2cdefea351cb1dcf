import rule from '../../../rules/terraform/tf-029-db-cluster-literal-password';
import { ruleTester } from '../../helpers/rule-tester';

const cluster = (type: string, body: string) => `resource "${type}" "main" {\n  master_username = "app"\n${body}}\n`;
const managed = cluster('aws_rds_cluster', '  manage_master_user_password = true\n');

ruleTester(rule, {
  good: [
    { name: 'managed password', code: managed },
    { name: 'generated password', code: cluster('aws_rds_cluster', '  master_password = random_password.db.result\n') },
    { name: 'DocumentDB, variable without a value', code: cluster('aws_docdb_cluster', '  master_password = var.password\n') },
    { name: 'JSON syntax, generated', filename: 'main.tf.json', code: '{"resource": {"aws_docdb_cluster": {"main": {"master_password": "${random_password.db.result}"}}}}\n' },
  ],
  bad: [
    {
      name: 'Aurora cluster with a literal password',
      code: cluster('aws_rds_cluster', '  master_password = "hunter22"\n'),
      findings: [{ messageId: 'literal', line: 3, column: 21, endColumn: 31, suggestions: [{ output: managed }] }],
    },
    {
      name: 'DocumentDB cluster with a local: no edit',
      code: 'locals {\n  pw = "hunter22"\n}\n' + cluster('aws_docdb_cluster', '  master_password = local.pw\n'),
      findings: [{ messageId: 'literal', line: 6, column: 21, endColumn: 29, related: [':2:8'], suggestions: [] }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_rds_cluster": {"main": {"master_password": "hunter22"}}}}\n',
      findings: [{ messageId: 'literal', line: 1, column: 63, endColumn: 73 }],
    },
  ],
});
