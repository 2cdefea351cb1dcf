import rule from '../../../rules/terraform/tf-068-batch-environment-secret';
import { ruleTester } from '../../helpers/rule-tester';

const job = (environment: string) =>
  `resource "aws_batch_job_definition" "etl" {\n  name = "etl"\n  container_properties = jsonencode({\n    image       = "etl:1.0"\n    environment = [${environment}]\n  })\n}\n`;

ruleTester(rule, {
  good: [
    { name: 'configuration only', code: job('{ name = "STAGE", value = "prod" }') },
    { name: 'value known only at apply time', code: job('{ name = "API_TOKEN", value = random_password.api.result }') },
    { name: 'properties from a file', code: 'resource "aws_batch_job_definition" "etl" {\n  container_properties = file("job.json")\n}\n' },
  ],
  bad: [
    { name: 'token in jsonencode', code: job('{ name = "API_TOKEN", value = "9f8e7d6c5b4a3921" }'), findings: [{ messageId: 'secret', line: 5, column: 50, endColumn: 68, suggestions: [] }] },
    {
      name: 'heredoc JSON',
      trailingSpaceVariant: false,
      code: 'resource "aws_batch_job_definition" "etl" {\n  container_properties = <<EOF\n{"environment": [{"name": "DB_PASSWORD", "value": "Tr0ub4dor3"}]}\nEOF\n}\n',
      findings: [{ messageId: 'secret', line: 2, column: 26, endLine: 4, endColumn: 4 }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_batch_job_definition": {"etl": {"container_properties": "{\\"environment\\": [{\\"name\\": \\"DB_PASSWORD\\", \\"value\\": \\"Tr0ub4dor3\\"}]}"}}}}\n',
      findings: [{ messageId: 'secret', line: 1, column: 76 }],
    },
  ],
});
