import rule from '../../../rules/terraform/tf-052-secret-no-rotation';
import { ruleTester } from '../../helpers/rule-tester';

const secret = 'resource "aws_secretsmanager_secret" "api" {\n  name = "api-token"\n}\n';
const rotation = (target: string, extra = '') =>
  `\nresource "aws_secretsmanager_secret_rotation" "api" {\n${extra}  secret_id           = ${target}\n  rotation_lambda_arn = aws_lambda_function.rotate.arn\n\n  rotation_rules {\n    automatically_after_days = 30\n  }\n}\n`;

ruleTester(rule, {
  good: [
    { name: 'rotation by reference', code: secret + rotation('aws_secretsmanager_secret.api.id') },
    { name: 'rotation by ARN reference', code: secret + rotation('aws_secretsmanager_secret.api.arn') },
    { name: 'rotation by literal name', code: secret + rotation('"api-token"') },
    { name: 'rotation in another file', code: secret, files: { 'rotation.tf': rotation('aws_secretsmanager_secret.api.id') } },
    { name: 'rotation of a secret that cannot be traced', code: secret + rotation('var.secret_id') },
    { name: 'inline rotation of provider 3.x', code: 'resource "aws_secretsmanager_secret" "api" {\n  rotation_lambda_arn = aws_lambda_function.rotate.arn\n}\n' },
    { name: 'secret handed to a module', code: secret + '\nmodule "rotation" {\n  source    = "./rotation"\n  secret_id = aws_secretsmanager_secret.api.id\n}\n' },
  ],
  bad: [
    { name: 'no rotation', code: secret, findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 43 }] },
    { name: 'rotation of another secret', code: secret + rotation('aws_secretsmanager_secret.other.id'), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 43 }] },
    {
      name: 'rotation turned off by count',
      code: secret + rotation('aws_secretsmanager_secret.api.id', '  count = 0\n'),
      findings: [{ messageId: 'notCreated', line: 1, column: 1, endColumn: 43, related: [':5:1'] }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_secretsmanager_secret": {"api": {"name": "api-token"}}}}\n',
      findings: [{ messageId: 'missing', line: 1, column: 45, endColumn: 50 }],
    },
  ],
});
