import { defineRule, remove, replace, type Fix } from '../api';

export default defineRule({
  id: 'K8S-001',
  title: 'Containers must not run privileged',
  target: 'kubernetes',
  workloads: true,
  severity: 'critical',
  preset: 'recommended',
  requirements: ['4.3'],
  frameworks: {
    iso27001: ['A.8.2'],
    nist80053: ['AC-6', 'CM-7'],
    cis: [
      'CIS Kubernetes Benchmark v1.12.0 5.2.2',
      'CIS Amazon Elastic Kubernetes Service (EKS) Benchmark v1.8.0 4.2.1',
      'CIS Azure Kubernetes Service (AKS) Benchmark v1.8.0 4.2.1',
      'CIS Docker Benchmark v1.6.0 5.5',
    ],
  },
  docs: {
    rationale:
      'A privileged container gets every Linux capability, all host devices and no seccomp or AppArmor confinement: ' +
      'a compromise of the process is a compromise of the node.',
    remediation:
      'Remove `privileged: true` and grant only the capabilities the workload needs under `securityContext.capabilities.add`.',
  },
  messages: {
    privileged: 'Container "{{name}}" runs privileged: it has every capability and the host\'s devices.',
  },
  examples: {
    bad:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: agent\nspec:\n  containers:\n  - name: agent\n    image: agent:1.4\n' +
      '    securityContext:\n      privileged: true\n',
    good:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: agent\nspec:\n  containers:\n  - name: agent\n    image: agent:1.4\n' +
      '    securityContext:\n      privileged: false\n',
  },
  check({ file, report }) {
    const seen = new Set<string>();
    for (const container of file.containers) {
      const privileged = container.own('privileged');
      if (privileged?.value.bool() !== true) continue;
      const at = privileged.value.range;
      const key = `${at.start.line}:${at.start.character}`;
      if (seen.has(key)) continue;
      seen.add(key);
      // A suggestion, not a fix: a privileged agent (CNI, storage driver) may stop working.
      const suggest: Fix[] = [];
      const line = file.entryLineRange(privileged.entry);
      const pod = container.pod;
      if (line) suggest.push(remove(line, `Remove ${pod.setting('privileged', 'true')}`));
      suggest.push(replace(at, 'false', `Set ${pod.setting('privileged', 'false')}`));
      report({ at, messageId: 'privileged', data: { name: container.name ?? '(unnamed)' }, suggest, value: privileged.value });
    }
  },
});
