import { defineRule, replace, type Fix, type Severity } from '../api';

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
  },
  examples: {
    bad: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.27\n',
    good:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  securityContext:\n    runAsNonRoot: true\n' +
      '  containers:\n  - name: web\n    image: nginx:1.27\n',
  },
  check({ file, report }) {
    const seen = new Set<string>();
    for (const container of file.containers) {
      const pod = container.pod;
      // runAsUser and runAsNonRoot are Linux-only: the API rejects them on Windows pods.
      if (pod.isWindows) continue;
      // In a user namespace, UID 0 inside the pod is an unprivileged UID on the node.
      const severity: Severity | undefined = pod.userNamespace ? 'medium' : undefined;
      const name = container.name ?? '(unnamed)';
      const runAsUser = container.effective('runAsUser');
      if (runAsUser) {
        if (runAsUser.value.int() !== 0) continue;
        const at = runAsUser.value.range;
        const key = `${at.start.line}:${at.start.character}`;
        if (seen.has(key)) continue;
        seen.add(key);
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
      if (container.partial) continue;
      const key = `${container.anchor.start.line}:${container.anchor.start.character}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const suggest: Fix[] = [];
      // A suggestion: the image must have a numeric non-root user, or the pod will not start.
      const edit = file.setContainerSecurityField(container, 'runAsNonRoot', 'true');
      if (edit) suggest.push({ title: `Set ${pod.setting('runAsNonRoot', 'true')}`, edits: [edit] });
      const data = { name, runAsNonRoot: pod.setting('runAsNonRoot', 'true'), runAsUser: pod.fieldName('runAsUser') };
      report({ at: container.anchor, messageId: 'mayRunAsRoot', data, severity, suggest });
    }
  },
});
