import rule from '../../../rules/terraform/tf-036-ecs-environment-secret';
import { ruleTester } from '../../helpers/rule-tester';

const task = (environment: string) =>
  `resource "aws_ecs_task_definition" "app" {\n  family = "app"\n  container_definitions = jsonencode([{\n    name  = "app"\n    image = "app:1.0"\n    environment = [${environment}]\n  }])\n}\n`;

ruleTester(rule, {
  good: [
    { name: 'configuration only', code: task('{ name = "LOG_LEVEL", value = "info" }, { name = "DB_HOST", value = "db.internal" }') },
    {
      name: 'secret through valueFrom',
      code: 'resource "aws_ecs_task_definition" "app" {\n  container_definitions = jsonencode([{\n    name    = "app"\n    secrets = [{ name = "DB_PASSWORD", valueFrom = "arn:aws:secretsmanager:eu-west-1:111122223333:secret:db" }]\n  }])\n}\n',
    },
    { name: 'generated value', code: task('{ name = "DB_PASSWORD", value = random_password.db.result }') },
    { name: 'definitions read from a file', code: 'resource "aws_ecs_task_definition" "app" {\n  container_definitions = file("app.json")\n}\n' },
  ],
  bad: [
    {
      name: 'password in jsonencode: reported at the value',
      code: task('{ name = "DB_PASSWORD", value = "Tr0ub4dor&3" }'),
      findings: [{ messageId: 'secret', line: 6, column: 52, endColumn: 65, suggestions: [] }],
    },
    {
      name: 'second container, second entry',
      code:
        'resource "aws_ecs_task_definition" "app" {\n  container_definitions = jsonencode([\n    { name = "proxy" },\n' +
        '    { name = "app", environment = [{ name = "A", value = "1" }, { name = "API_TOKEN", value = "9f8e7d6c5b4a3921" }] },\n  ])\n}\n',
      findings: [{ messageId: 'secret', line: 4, column: 95, endColumn: 113 }],
    },
    {
      name: 'heredoc JSON: reported at the document',
      trailingSpaceVariant: false,
      code:
        'resource "aws_ecs_task_definition" "app" {\n  container_definitions = <<EOF\n[{"name": "app", "environment": [{"name": "AWS_SECRET_ACCESS_KEY", "value": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"}]}]\nEOF\n}\n',
      findings: [{ messageId: 'secret', line: 2, column: 27, endLine: 4, endColumn: 4 }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_ecs_task_definition": {"app": {"container_definitions": "[{\\"name\\": \\"app\\", \\"environment\\": [{\\"name\\": \\"DB_PASSWORD\\", \\"value\\": \\"Tr0ub4dor&3\\"}]}]"}}}}\n',
      findings: [{ messageId: 'secret', line: 1, column: 76 }],
    },
  ],
});
