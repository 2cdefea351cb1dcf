import rule from '../../../rules/terraform/tf-066-dms-endpoint-literal-password';
import { ruleTester } from '../../helpers/rule-tester';

const endpoint = (body: string) => `resource "aws_dms_endpoint" "source" {\n  engine_name = "postgres"\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: 'Secrets Manager', code: endpoint('  secrets_manager_arn = aws_secretsmanager_secret.db.arn\n') },
    { name: 'password from a data source', code: endpoint('  password = data.aws_ssm_parameter.db.value\n') },
  ],
  bad: [
    { name: 'literal password', code: endpoint('  password = "Tr0ub4dor3"\n'), findings: [{ messageId: 'literal', line: 3, column: 14, endColumn: 26 }] },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_dms_endpoint": {"source": {"password": "Tr0ub4dor3"}}}}\n',
      findings: [{ messageId: 'literal', line: 1, column: 59, endColumn: 71 }],
    },
  ],
});
