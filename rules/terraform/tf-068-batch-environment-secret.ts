import { defineRule } from '../api';
import { containerEnvironmentSecrets, jsonDocument, literalSecretRule, writtenAt } from '../shared/aws-data';
import { attributeOf, moduleFor, resourceInstances } from '../shared/terraform-evaluated';
import { isOverrideFile } from '../shared/terraform-values';

export default defineRule({
  id: 'TF-068',
  title: 'Do not put secrets in AWS Batch container environment variables',
  ...literalSecretRule(),
  docs: {
    rationale:
      'The environment of a Batch job definition\'s container_properties is stored in the job definition in clear text: ' +
      'anyone who may call batch:DescribeJobDefinitions reads it, every revision keeps it, and a literal written in the ' +
      'configuration (or a variable default, a tfvars entry) is committed with the code. An entry is reported when its ' +
      'value has a known credential format, or when its name says it holds a secret and its value is not a placeholder, ' +
      'a path or an ARN.',
    remediation:
      'Move the variable to the container\'s secrets list, { name = "DB_PASSWORD", valueFrom = <Secrets Manager or SSM ' +
      'parameter ARN> }, readable by the job\'s execution role.',
    links: [
      { title: 'aws_batch_job_definition', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/batch_job_definition#container_properties' },
      { title: 'Specifying sensitive data with AWS Batch', url: 'https://docs.aws.amazon.com/batch/latest/userguide/specifying-sensitive-data.html' },
    ],
  },
  messages: {
    secret: 'The job container sets {{name}} to a secret written in the configuration ({{what}}); pass it through secrets with valueFrom.',
  },
  examples: {
    bad:
      'resource "aws_batch_job_definition" "etl" {\n  name = "etl"\n  type = "container"\n  container_properties = jsonencode({\n' +
      '    image       = "etl:1.0"\n    environment = [{ name = "API_TOKEN", value = "9f8e7d6c5b4a3921" }]\n  })\n}\n',
    good:
      'resource "aws_batch_job_definition" "etl" {\n  name = "etl"\n  type = "container"\n  container_properties = jsonencode({\n' +
      '    image   = "etl:1.0"\n    secrets = [{ name = "API_TOKEN", valueFrom = aws_secretsmanager_secret.api.arn }]\n  })\n}\n',
  },
  check({ file, module, report }) {
    if (isOverrideFile(file)) return;
    const project = moduleFor(file, module);
    for (const job of resourceInstances(project, file, 'aws_batch_job_definition')) {
      const properties = attributeOf(job, 'container_properties');
      const container = jsonDocument(properties);
      if (!properties) continue;
      for (const { index, name, what } of containerEnvironmentSecrets(container)) {
        const at = writtenAt(properties.syntax, ['environment', index, 'value']) ?? properties.at;
        report({ at, messageId: 'secret', data: { name, what }, value: properties.value });
      }
    }
  },
});
