import { asString, defineRule } from '../api';
import { eachContainer, exampleTask, taskDefinitionLinks } from '../shared/aws-ecs';

/**
 * The capabilities a container has by default (the Pod Security Standards baseline set):
 * adding them grants nothing new.
 */
const baseline = new Set([
  'AUDIT_WRITE', 'CHOWN', 'DAC_OVERRIDE', 'FOWNER', 'FSETID', 'KILL', 'MKNOD', 'NET_BIND_SERVICE', 'SETFCAP', 'SETGID', 'SETPCAP', 'SETUID', 'SYS_CHROOT',
]);

export default defineRule({
  id: 'TF-403',
  title: 'Do not add Linux capabilities beyond the default set to ECS containers',
  target: 'terraform',
  severity: 'high',
  preset: 'recommended',
  requirements: ['4.3'],
  frameworks: { iso27001: ['A.8.2', 'A.8.9'], nist80053: ['AC-6', 'CM-7'] },
  docs: {
    rationale:
      'linuxParameters.capabilities.add beyond the default set hands the container kernel privileges such as ' +
      'SYS_ADMIN (nearly root on the host), NET_ADMIN, SYS_PTRACE, SYS_MODULE or ALL: a compromised process can then ' +
      'reconfigure the host network, read other processes\' memory or load kernel modules. Adding a capability the ' +
      'container already has by default (NET_BIND_SERVICE, CHOWN, ...) is not reported.',
    remediation: 'Remove the capabilities from linuxParameters.capabilities.add; grant only what the process needs and drop ALL otherwise.',
    links: taskDefinitionLinks('container_definition_linuxparameters', 'Task definition parameters: Linux parameters'),
  },
  messages: {
    added: 'Container "{{name}}" adds {{capabilities}}: privileges beyond what a container has by default.',
  },
  examples: {
    bad: exampleTask('1.4.2', '    linuxParameters = { capabilities = { add = ["SYS_ADMIN"] } }\n'),
    good: exampleTask('1.4.2', '    linuxParameters = { capabilities = { add = ["NET_BIND_SERVICE"], drop = ["ALL"] } }\n'),
  },
  check: eachContainer((container, report) => {
    const added = container.field('linuxParameters.capabilities.add');
    if (added?.value.kind !== 'list') return;
    const extra = added.value.items
      .map((item) => asString(item))
      .filter((name): name is string => name !== undefined && !baseline.has(name.toUpperCase().replace(/^CAP_/, '')));
    // No edit: the container may need the capability to work.
    if (extra.length > 0) report({ at: added.at, messageId: 'added', data: { name: container.name ?? '?', capabilities: extra.join(', ') }, value: added.value });
  }),
});
