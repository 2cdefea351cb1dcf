import { defineRule, replace, type Fix } from '../api';

export default defineRule({
  id: 'K8S-003',
  title: 'Containers must use a read-only root filesystem',
  target: 'kubernetes',
  workloads: true,
  severity: 'medium',
  preset: 'recommended',
  requirements: ['4.2'],
  frameworks: {
    iso27001: ['A.8.9'],
    nist80053: ['CM-7', 'SI-7'],
    cis: [
      'CIS Kubernetes Benchmark v1.12.0 5.6.3',
      'CIS Azure Kubernetes Service (AKS) Benchmark v1.8.0 4.6.2',
      'CIS Google Kubernetes Engine (GKE) Benchmark v1.9.0 4.6.3',
    ],
  },
  docs: {
    rationale:
      'A writable root filesystem lets an intruder drop tools and alter binaries or configuration inside the container; ' +
      'a read-only one keeps the image as built and makes every writable path explicit.',
    remediation:
      'Set `readOnlyRootFilesystem: true` in the container securityContext and mount an `emptyDir` volume where the process must write (for example /tmp).',
  },
  messages: {
    writable: 'Container "{{name}}" sets {{setting}}.',
    notReadOnly: 'Container "{{name}}" has a writable root filesystem: {{field}} is not set to true.',
  },
  examples: {
    bad: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.27\n',
    good:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.27\n' +
      '    securityContext:\n      readOnlyRootFilesystem: true\n',
  },
  check({ file, report }) {
    const seen = new Set<string>();
    const first = (at: { start: { line: number; character: number } }) => {
      const key = `${at.start.line}:${at.start.character}`;
      return seen.has(key) ? false : (seen.add(key), true);
    };
    for (const container of file.containers) {
      // The API rejects readOnlyRootFilesystem on Windows pods.
      if (container.pod.isWindows) continue;
      const name = container.name ?? '(unnamed)';
      const pod = container.pod;
      const readOnly = container.own('readOnlyRootFilesystem');
      // A suggestion: the process may need writable paths, which then need volumes.
      if (readOnly) {
        if (readOnly.value.bool() !== false || !first(readOnly.value.range)) continue;
        report({
          at: readOnly.value.range,
          messageId: 'writable',
          data: { name, setting: pod.setting('readOnlyRootFilesystem', 'false') },
          suggest: [replace(readOnly.value.range, 'true', `Set ${pod.setting('readOnlyRootFilesystem', 'true')}`)],
          value: readOnly.value,
        });
        continue;
      }
      if (container.partial || !first(container.anchor)) continue;
      const suggest: Fix[] = [];
      const edit = file.setContainerSecurityField(container, 'readOnlyRootFilesystem', 'true');
      if (edit) suggest.push({ title: `Set ${pod.setting('readOnlyRootFilesystem', 'true')}`, edits: [edit] });
      report({ at: container.anchor, messageId: 'notReadOnly', data: { name, field: pod.fieldName('readOnlyRootFilesystem') }, suggest });
    }
  },
});
