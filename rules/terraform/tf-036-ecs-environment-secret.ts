import { defineRule } from '../api';
import { containerEnvironmentSecrets, jsonDocument, literalSecretRule, writtenAt } from '../shared/aws-data';
import { attributeOf, moduleFor, resourceInstances } from '../shared/terraform-evaluated';
import { isOverrideFile } from '../shared/terraform-values';

export default defineRule({
  id: 'TF-036',
  title: 'Do not put secrets in ECS container environment variables',
  ...literalSecretRule(),
  docs: {
    rationale:
      'The environment of a container definition is stored in the task definition in clear text: anyone who may call ' +
      'ecs:DescribeTaskDefinition reads it, every revision keeps it, and a literal written in the configuration (or a ' +
      'variable default, a tfvars entry) is committed with the code. An entry is reported when its value has a known ' +
      'credential format, or when its name says it holds a secret and its value is not a placeholder, a path or an ARN. ' +
      'Definitions built from values known only at apply time, or read from files, are not decided.',
    remediation:
      'Move the variable to the container\'s secrets list, { name = "DB_PASSWORD", valueFrom = <Secrets Manager or SSM ' +
      'parameter ARN> }, and let the task execution role read it; ECS injects it when the task starts.',
    links: [
      { title: 'aws_ecs_task_definition', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecs_task_definition#container_definitions' },
      { title: 'Pass sensitive data to an Amazon ECS container', url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html' },
    ],
  },
  messages: {
    secret: 'Container "{{container}}" sets {{name}} to a secret written in the configuration ({{what}}); pass it through secrets with valueFrom.',
  },
  examples: {
    bad:
      'resource "aws_ecs_task_definition" "app" {\n  family = "app"\n  container_definitions = jsonencode([{\n    name  = "app"\n    image = "app:1.0"\n' +
      '    environment = [{ name = "DB_PASSWORD", value = "Tr0ub4dor&3" }]\n  }])\n}\n',
    good:
      'resource "aws_ecs_task_definition" "app" {\n  family = "app"\n  container_definitions = jsonencode([{\n    name    = "app"\n    image   = "app:1.0"\n' +
      '    secrets = [{ name = "DB_PASSWORD", valueFrom = aws_secretsmanager_secret.db.arn }]\n  }])\n}\n',
  },
  check({ file, module, report }) {
    if (isOverrideFile(file)) return;
    const project = moduleFor(file, module);
    for (const task of resourceInstances(project, file, 'aws_ecs_task_definition')) {
      const definitions = attributeOf(task, 'container_definitions');
      const containers = jsonDocument(definitions);
      if (!definitions || !Array.isArray(containers)) continue;
      containers.forEach((container: { name?: unknown } | null, i) => {
        for (const { index, name, what } of containerEnvironmentSecrets(container)) {
          const at = writtenAt(definitions.syntax, [i, 'environment', index, 'value']) ?? definitions.at;
          const containerName = typeof container?.name === 'string' ? container.name : String(i);
          report({ at, messageId: 'secret', data: { container: containerName, name, what }, value: definitions.value });
        }
      });
    }
  },
});
