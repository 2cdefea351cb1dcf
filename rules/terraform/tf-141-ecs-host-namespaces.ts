import { asString, defineRule } from '../api';
import { taskDefinitionLinks } from '../shared/aws-ecs';
import { attributeOf, moduleFor, resourceInstances } from '../shared/terraform-evaluated';

/** The task definition arguments that share a host namespace when set to "host". */
const namespaces = [
  ['pid_mode', 'process IDs'],
  ['ipc_mode', 'IPC resources'],
  ['network_mode', 'network stack'],
] as const;

export default defineRule({
  id: 'TF-141',
  title: 'Do not share the host\'s process, IPC or network namespace with ECS tasks',
  target: 'terraform',
  severity: 'high',
  preset: 'recommended',
  requirements: ['4.3'],
  frameworks: { iso27001: ['A.8.2', 'A.8.9'], nist80053: ['AC-6', 'SC-39'] },
  docs: {
    rationale:
      'pid_mode = "host" lets the task\'s containers see and signal every process of the EC2 instance, ipc_mode = "host" ' +
      'share its shared memory and semaphores, and network_mode = "host" bind its interfaces and reach services that ' +
      'listen on localhost (the instance metadata endpoint included). One compromised container then reaches the host ' +
      'and every other task on it.',
    remediation: 'Remove pid_mode and ipc_mode = "host" (or use "task"), and use network_mode = "awsvpc" (or "bridge").',
    links: taskDefinitionLinks('network_mode', 'Task definition parameters: network mode'),
  },
  messages: {
    host: '{{argument}} = "host": the containers of this task share the host\'s {{what}}.',
  },
  examples: {
    bad: 'resource "aws_ecs_task_definition" "agent" {\n  family                = "agent"\n  pid_mode              = "host"\n  container_definitions = file("agent.json")\n}\n',
    good: 'resource "aws_ecs_task_definition" "agent" {\n  family                = "agent"\n  network_mode          = "awsvpc"\n  container_definitions = file("agent.json")\n}\n',
  },
  check({ file, module, report }) {
    const project = moduleFor(file, module);
    for (const task of resourceInstances(project, file, 'aws_ecs_task_definition')) {
      for (const [argument, what] of namespaces) {
        const mode = attributeOf(task, argument);
        if (!mode || asString(mode.value)?.toLowerCase() !== 'host') continue;
        // No edit: the containers may rely on what they share, and the network mode replaces the task definition.
        report({ at: mode.at, messageId: 'host', data: { argument, what }, value: mode.value });
      }
    }
  },
});
