import { asBool, defineRule } from '../api';
import { eachContainer, exampleTask, replaceField, taskDefinitionLinks } from '../shared/aws-ecs';

export default defineRule({
  id: 'TF-140',
  title: 'Do not run ECS containers privileged',
  target: 'terraform',
  severity: 'critical',
  preset: 'recommended',
  requirements: ['4.3'],
  frameworks: { iso27001: ['A.8.2', 'A.8.9'], nist80053: ['AC-6', 'CM-7'] },
  docs: {
    rationale:
      '"privileged": true in a container definition gives the container every capability and the host\'s devices: a ' +
      'process that breaks out of it is root on the EC2 instance and reaches every other task there. Fargate refuses ' +
      'privileged containers; on EC2 they are rarely needed.',
    remediation: 'Remove "privileged": true and add only the Linux capabilities the container needs under linuxParameters.capabilities.add.',
    links: taskDefinitionLinks('container_definition_security', 'Task definition parameters: security'),
  },
  messages: {
    privileged: 'Container "{{name}}" runs privileged: it has every capability and access to the host\'s devices.',
  },
  examples: {
    bad: exampleTask('1.4.2', '    privileged = true\n'),
    good: exampleTask('1.4.2'),
  },
  check: eachContainer((container, report) => {
    const privileged = container.field('privileged');
    if (!privileged || asBool(privileged.value) !== true) return;
    // A suggestion: the container may depend on devices or capabilities it then loses.
    const edit = replaceField(privileged, false, 'Set privileged = false');
    report({ at: privileged.at, messageId: 'privileged', data: { name: container.name ?? '?' }, value: privileged.value, suggest: edit && [edit] });
  }),
});
