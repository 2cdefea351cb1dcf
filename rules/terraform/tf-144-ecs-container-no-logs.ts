import { defineRule } from '../api';
import { serviceLogRule } from '../shared/aws-logging';
import { eachContainer, exampleTask, taskDefinitionLinks } from '../shared/aws-ecs';

export default defineRule({
  id: 'TF-144',
  title: 'Send ECS container logs to a log driver',
  ...serviceLogRule(),
  docs: {
    rationale:
      'A container definition without logConfiguration leaves its output to the Docker daemon of the host (on Fargate ' +
      'it is discarded): nothing reaches CloudWatch Logs or a collector, and the output of a compromised or failing ' +
      'container is gone with the task.',
    remediation: 'Add "logConfiguration": { "logDriver": "awslogs", "options": { "awslogs-group": ..., "awslogs-region": ..., "awslogs-stream-prefix": ... } } (or awsfirelens).',
    links: taskDefinitionLinks('container_definition_storage', 'Task definition parameters: storage and logging'),
  },
  messages: {
    missing: 'Container "{{name}}" has no logConfiguration: its output is not collected.',
  },
  examples: {
    bad: exampleTask('1.4.2'),
    good: exampleTask(
      '1.4.2',
      '    logConfiguration = {\n      logDriver = "awslogs"\n' +
        '      options   = { awslogs-group = "/ecs/app", awslogs-region = "eu-west-1", awslogs-stream-prefix = "app" }\n    }\n',
    ),
  },
  check: eachContainer((container, report) => {
    const logs = container.field('logConfiguration');
    if (logs && logs.value.kind !== 'null') return;
    // No edit: the log group and region are the author's to choose.
    report({ at: container.at, messageId: 'missing', data: { name: container.name ?? '?' } });
  }),
});
