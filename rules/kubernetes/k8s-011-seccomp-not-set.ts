import { defineRule, type Fix } from '../api';
import { isPrivileged, seccompFrameworks } from '../shared/container-security';
import { onceAt } from '../shared/workload-rules';

export default defineRule({
  id: 'K8S-011',
  title: 'Containers should run with a seccomp profile',
  target: 'kubernetes',
  workloads: true,
  severity: 'medium',
  preset: 'strict',
  requirements: ['4.3'],
  frameworks: seccompFrameworks,
  docs: {
    rationale:
      'Without a seccomp profile a container runs `Unconfined` unless the kubelet was started with `--seccomp-default`; ' +
      'the restricted Pod Security Standard requires `RuntimeDefault` or `Localhost` to be set explicitly.',
    remediation: 'Set `seccompProfile.type: RuntimeDefault` in the pod securityContext, or in each container\'s.',
  },
  messages: {
    unset: 'Container "{{name}}" has no seccomp profile: {{field}} is set neither on it nor on the pod.',
  },
  examples: {
    bad: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.27\n',
    good:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  securityContext:\n    seccompProfile:\n      type: RuntimeDefault\n' +
      '  containers:\n  - name: web\n    image: nginx:1.27\n',
  },
  check({ file, report }) {
    const first = onceAt();
    for (const container of file.containers) {
      const pod = container.pod;
      if (pod.isWindows || isPrivileged(container) || container.partial) continue;
      if (container.effective('seccompProfile')) continue;
      const name = container.name ?? '(unnamed)';
      // A legacy annotation sets a profile too; K8S-010 judges its value.
      if (pod.annotation(`container.seccomp.security.alpha.kubernetes.io/${name}`) || pod.annotation('seccomp.security.alpha.kubernetes.io/pod')) continue;
      if (!first(container.anchor)) continue;
      const field = pod.fieldName('seccompProfile');
      const yaml = field === 'seccompProfile';
      // A suggestion: a process that makes unusual system calls fails under the default profile.
      const edit = file.setContainerSecurityField(container, 'seccompProfile.type', yaml ? 'RuntimeDefault' : '"RuntimeDefault"');
      const suggest: Fix[] = edit ? [{ title: 'Use the RuntimeDefault seccomp profile', edits: [edit] }] : [];
      report({ at: container.anchor, messageId: 'unset', data: { name, field }, suggest });
    }
  },
});
