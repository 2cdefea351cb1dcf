import { defineRule, replace } from '../api';
import { addedCapabilities, isPrivileged } from '../shared/container-security';
import { onceAt } from '../shared/workload-rules';

export default defineRule({
  id: 'K8S-007',
  title: 'Containers must not allow privilege escalation',
  target: 'kubernetes',
  workloads: true,
  severity: 'medium',
  preset: 'recommended',
  requirements: ['4.3'],
  frameworks: {
    iso27001: ['A.8.2'],
    nist80053: ['AC-6'],
    cis: [
      'CIS Kubernetes Benchmark v1.12.0 5.2.6',
      'CIS Amazon Elastic Kubernetes Service (EKS) Benchmark v1.8.0 4.2.5',
      'CIS Azure Kubernetes Service (AKS) Benchmark v1.8.0 4.2.5',
      'CIS Docker Benchmark v1.6.0 5.26',
    ],
  },
  docs: {
    rationale:
      'Unless `allowPrivilegeEscalation` is false, the process may gain more privileges than its parent through setuid ' +
      'binaries or file capabilities (the kernel\'s no_new_privs flag is not set); the field is absent, and so true, by default.',
    remediation:
      'Set `allowPrivilegeEscalation: false` in the securityContext of every container; a container that adds CAP_SYS_ADMIN cannot have it and should drop that capability.',
  },
  messages: {
    allowed: 'Container "{{name}}" sets {{setting}}: its processes can gain privileges through setuid binaries.',
    unset: 'Container "{{name}}" allows privilege escalation: {{field}} is not set to false.',
    forcedBySysAdmin:
      'Container "{{name}}" adds CAP_SYS_ADMIN, which always allows privilege escalation: {{field}} cannot be false with it.',
  },
  examples: {
    bad: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.27\n',
    good:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.27\n' +
      '    securityContext:\n      allowPrivilegeEscalation: false\n',
  },
  check({ file, report }) {
    const first = onceAt();
    for (const container of file.containers) {
      const pod = container.pod;
      // A Linux setting, which the API rejects on Windows pods; privileged containers are K8S-001's.
      if (pod.isWindows || isPrivileged(container)) continue;
      const name = container.name ?? '(unnamed)';
      const field = pod.fieldName('allowPrivilegeEscalation');
      // The API rejects allowPrivilegeEscalation: false beside CAP_SYS_ADMIN: no edit can be offered.
      const sysAdmin = addedCapabilities(container).find((c) => c.name === 'SYS_ADMIN');
      const escalation = container.own('allowPrivilegeEscalation');
      if (escalation) {
        if (escalation.value.bool() !== true || !first(escalation.value.range)) continue;
        // A suggestion, not a fix: it was set on purpose, perhaps for a setuid helper.
        report({
          at: escalation.value.range,
          messageId: 'allowed',
          data: { name, setting: pod.setting('allowPrivilegeEscalation', 'true') },
          suggest: sysAdmin ? [] : [replace(escalation.value.range, 'false', `Set ${pod.setting('allowPrivilegeEscalation', 'false')}`)],
          value: escalation.value,
        });
        continue;
      }
      if (container.partial) continue;
      if (sysAdmin) {
        if (first(sysAdmin.value.range)) report({ at: sysAdmin.value.range, messageId: 'forcedBySysAdmin', data: { name, field }, value: sysAdmin.value });
        continue;
      }
      if (!first(container.anchor)) continue;
      // A fix: no_new_privs only stops a process from gaining privileges it was not started with.
      const edit = file.setContainerSecurityField(container, 'allowPrivilegeEscalation', 'false');
      report({
        at: container.anchor,
        messageId: 'unset',
        data: { name, field },
        fix: edit && { title: `Set ${pod.setting('allowPrivilegeEscalation', 'false')}`, edits: [edit] },
      });
    }
  },
});
