import { defineRule, replace, type Fix, type Severity } from '../api';
import { onceAt } from '../shared/workload-rules';

export default defineRule({
  id: 'K8S-002',
  title: 'Containers must not run as root',
  target: 'kubernetes',
  workloads: true,
  severity: 'high',
  preset: 'recommended',
  requirements: ['4.1'],
  frameworks: {
    iso27001: ['A.8.2'],
    nist80053: ['AC-6'],
    cis: ['CIS Kubernetes Benchmark v1.12.0 5.2.7', 'CIS Kubernetes Benchmark v1.12.0 5.6.3'],
  },
  docs: {
    rationale:
      'Without `runAsNonRoot: true` or a non-zero `runAsUser`, the image decides the user, and most images run as root: ' +
      'a root process that escapes the container is root on the node.',
    remediation:
      'Set `runAsNonRoot: true` in the container or pod securityContext (and a non-zero `runAsUser` when the image has no numeric user).',
  },
  messages: {
    mayRunAsRoot: 'Container "{{name}}" may run as root: neither {{runAsNonRoot}} nor a {{runAsUser}} is set.',
    rootUser: 'Container "{{name}}" runs as UID 0 (root).',
    nonRootDisabled: 'Container "{{name}}" sets {{setting}}, so nothing stops it from running as root.',
    windowsAdministrator: 'Container "{{name}}" runs as ContainerAdministrator, the administrator of the Windows container.',
  },
  examples: {
    bad: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.27\n',
    good:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  securityContext:\n    runAsNonRoot: true\n' +
      '  containers:\n  - name: web\n    image: nginx:1.27\n',
  },
  check({ file, report }) {
    const first = onceAt();
    for (const container of file.containers) {
      const pod = container.pod;
      const userName = container.effective('windowsOptions')?.value.get('runAsUserName');
      if (userName?.string()?.trim().toLowerCase() === 'containeradministrator' && first(userName.range)) {
        const quoted = pod.fieldName('windowsOptions') === 'windowsOptions' ? 'ContainerUser' : '"ContainerUser"';
        report({
          at: userName.range,
          messageId: 'windowsAdministrator',
          data: { name: container.name ?? '(unnamed)' },
          suggest: [replace(userName.range, quoted, 'Run as ContainerUser')],
          value: userName,
        });
      }
      // runAsUser and runAsNonRoot are Linux-only: the API rejects them on Windows pods.
      if (pod.isWindows) continue;
      // In a user namespace, UID 0 inside the pod is an unprivileged UID on the node.
      const severity: Severity | undefined = pod.userNamespace ? 'medium' : undefined;
      const name = container.name ?? '(unnamed)';
      const runAsUser = container.effective('runAsUser');
      if (runAsUser) {
        if (runAsUser.value.int() !== 0) continue;
        const at = runAsUser.value.range;
        if (!first(at)) continue;
        report({
          at,
          messageId: 'rootUser',
          data: { name },
          severity,
          suggest: [replace(at, '10001', 'Run as UID 10001')],
          value: runAsUser.value,
        });
        continue;
      }
      const runAsNonRoot = container.effective('runAsNonRoot');
      if (runAsNonRoot && runAsNonRoot.value.bool() !== false) continue;
      if (runAsNonRoot) {
        const at = runAsNonRoot.value.range;
        if (!first(at)) continue;
        // A suggestion: the image must have a numeric non-root user, or the pod will not start.
        report({
          at,
          messageId: 'nonRootDisabled',
          data: { name, setting: pod.setting('runAsNonRoot', 'false') },
          severity,
          suggest: [replace(at, 'true', `Set ${pod.setting('runAsNonRoot', 'true')}`)],
          value: runAsNonRoot.value,
        });
        continue;
      }
      if (container.partial || !first(container.anchor)) continue;
      const suggest: Fix[] = [];
      // A suggestion: the image must have a numeric non-root user, or the pod will not start.
      const edit = file.setContainerSecurityField(container, 'runAsNonRoot', 'true');
      if (edit) suggest.push({ title: `Set ${pod.setting('runAsNonRoot', 'true')}`, edits: [edit] });
      const data = { name, runAsNonRoot: pod.setting('runAsNonRoot', 'true'), runAsUser: pod.fieldName('runAsUser') };
      report({ at: container.anchor, messageId: 'mayRunAsRoot', data, severity, suggest });
    }
  },
});
