import { asString, defineRule } from '../api';
import { eachContainer, exampleTask, replaceField, taskDefinitionLinks } from '../shared/aws-ecs';

/** `root`, `0`, or either with a group (`0:0`, `root:app`). */
const isRoot = (user: string): boolean => /^(root|0)(:.*)?$/i.test(user.trim());

export default defineRule({
  id: 'TF-143',
  title: 'Do not run ECS containers as root',
  target: 'terraform',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['4.1'],
  frameworks: { iso27001: ['A.8.2', 'A.8.9'], nist80053: ['AC-6', 'CM-6'] },
  docs: {
    rationale:
      '"user": "root" (or "0", "0:0") runs the container\'s process as root: a flaw in the application then has every ' +
      'permission inside the container, and root in a container that escapes is root on an EC2 host. A container ' +
      'without "user" runs as the image\'s USER, which the configuration does not show, and is not reported.',
    remediation: 'Set "user" to a non-root UID (for example "10001"), or remove it and build the image with a non-root USER.',
    links: taskDefinitionLinks('container_definition_security', 'Task definition parameters: security'),
  },
  messages: {
    root: 'Container "{{name}}" runs as "{{user}}".',
  },
  examples: {
    bad: exampleTask('1.4.2', '    user  = "root"\n'),
    good: exampleTask('1.4.2', '    user  = "10001"\n'),
  },
  check: eachContainer((container, report) => {
    const user = container.field('user');
    const text = asString(user?.value);
    if (!user || text === undefined || !isRoot(text)) return;
    // A suggestion: files the process needs may be owned by root.
    const edit = replaceField(user, '10001', 'Run as UID 10001');
    report({ at: user.at, messageId: 'root', data: { name: container.name ?? '?', user: text }, value: user.value, suggest: edit && [edit] });
  }),
});
