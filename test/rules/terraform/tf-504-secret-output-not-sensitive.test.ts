import rule from '../../../rules/terraform/tf-504-secret-output-not-sensitive';
import { ruleTester } from '../../helpers/rule-tester';

const output = (name: string, body: string) => `output "${name}" {\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: 'sensitive', code: output('ci_secret_key', '  value     = aws_iam_access_key.ci.secret\n  sensitive = true\n') },
    { name: 'ephemeral', code: output('token', '  value     = var.api_token\n  ephemeral = true\n') },
    { name: 'the ARN of a secret', code: output('db_secret', '  value = aws_secretsmanager_secret.db.arn\n') },
    { name: 'the id of a key', code: output('access_key', '  value = aws_iam_access_key.ci.id\n') },
    { name: 'a name that only mentions a secret', code: output('db_password_secret_arn', '  value = aws_db_instance.main.master_user_secret[0].secret_arn\n') },
    { name: 'no secret', code: output('vpc_id', '  value = aws_vpc.main.id\n') },
    { name: 'sensitive from a value not known here', code: output('token', '  value     = var.api_token\n  sensitive = var.hide\n') },
  ],
  bad: [
    {
      name: 'a secret attribute',
      code: output('ci_secret_key', '  value = aws_iam_access_key.ci.secret\n'),
      findings: [{
        messageId: 'secretValue', line: 1, column: 8, endColumn: 23,
        suggestions: [{ title: 'Mark the output sensitive', output: output('ci_secret_key', '  value = aws_iam_access_key.ci.secret\n  sensitive = true\n') }],
      }],
    },
    {
      name: 'a secret variable in a template',
      code: output('connection_string', '  value = "postgres://app:${var.db_password}@db:5432/app"\n'),
      findings: [{ messageId: 'secretValue', line: 1, column: 8 }],
    },
    {
      name: 'a generated password under a secret name',
      code: output('db_password', '  value = random_password.db.result\n'),
      findings: [{ messageId: 'secretName', line: 1, column: 8 }],
    },
    {
      name: 'sensitive = false',
      code: output('admin_password', '  value     = random_password.admin.result\n  sensitive = false\n'),
      findings: [{ messageId: 'secretName', line: 1, column: 8, suggestions: [] }],
    },
    {
      name: 'JSON syntax',
      filename: 'outputs.tf.json',
      code: '{\n  "output": {\n    "primary_key": { "value": "${azurerm_storage_account.main.primary_access_key}" }\n  }\n}\n',
      findings: [{ messageId: 'secretValue', line: 3, column: 5 }],
    },
  ],
});
