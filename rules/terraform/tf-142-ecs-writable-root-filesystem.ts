import { asBool, defineRule } from '../api';
import { eachContainer, exampleTask, replaceField, taskDefinitionLinks } from '../shared/aws-ecs';

export default defineRule({
  id: 'TF-142',
  title: 'Give ECS containers a read-only root file system',
  target: 'terraform',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['4.2'],
  frameworks: { iso27001: ['A.8.9', 'A.8.19'], nist80053: ['CM-7', 'SI-7'] },
  docs: {
    rationale:
      'A container can write to its root file system unless its definition sets "readonlyRootFilesystem": true (the ' +
      'default is false): an attacker who gets code execution can then drop tools, change binaries and persist in the ' +
      'container. Write access belongs in explicit volumes such as a scratch volume for /tmp. Windows containers ' +
      'cannot use the setting and are not reported.',
    remediation: 'Set "readonlyRootFilesystem": true and mount a volume (mountPoints) where the application must write.',
    links: taskDefinitionLinks('container_definition_security', 'Task definition parameters: security'),
  },
  messages: {
    writable: 'readonlyRootFilesystem = false: container "{{name}}" can write to its root file system.',
    missing: 'Container "{{name}}" can write to its root file system (readonlyRootFilesystem defaults to false).',
  },
  examples: {
    bad: exampleTask('1.4.2'),
    good: exampleTask('1.4.2', '    readonlyRootFilesystem = true\n'),
  },
  check: eachContainer((container, report, task) => {
    // Windows containers do not support a read-only root file system.
    const family = task.blocks('runtime_platform').map((platform) => platform.value('operating_system_family'));
    if (family.some((os) => os !== undefined && !/^LINUX$/i.test(os.kind === 'string' ? os.value : ''))) return;
    const name = container.name ?? '?';
    const readOnly = container.field('readonlyRootFilesystem');
    if (!readOnly || readOnly.value.kind === 'null') {
      report({ at: container.at, messageId: 'missing', data: { name } });
      return;
    }
    if (asBool(readOnly.value) !== false) return;
    // A suggestion: the application may write to paths that then need a volume.
    const edit = replaceField(readOnly, true, 'Set readonlyRootFilesystem = true');
    report({ at: readOnly.at, messageId: 'writable', data: { name }, value: readOnly.value, suggest: edit && [edit] });
  }),
});
