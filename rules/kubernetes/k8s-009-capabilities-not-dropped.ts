import { defineRule, type Fix, type WorkloadContainer } from '../api';
import { addedCapabilities, capabilityName, capabilityFrameworks, isPrivileged } from '../shared/container-security';
import { onceAt } from '../shared/workload-rules';

/** True when dropping every capability cannot take one the process uses: it runs as non-root and cannot regain any. */
function dropIsSafe(container: WorkloadContainer): boolean {
  const user = container.effective('runAsUser')?.value.int();
  const nonRoot = user !== undefined ? user > 0 : container.effective('runAsNonRoot')?.value.bool() === true;
  return nonRoot && container.own('allowPrivilegeEscalation')?.value.bool() === false && addedCapabilities(container).length === 0;
}

export default defineRule({
  id: 'K8S-009',
  title: 'Containers must drop all capabilities',
  target: 'kubernetes',
  workloads: true,
  severity: 'medium',
  preset: 'strict',
  requirements: ['4.3'],
  frameworks: capabilityFrameworks,
  docs: {
    rationale:
      'The runtime grants a default set of capabilities (NET_RAW, CHOWN, DAC_OVERRIDE, SETUID and more) unless they are dropped; ' +
      'NET_RAW alone lets a process forge packets on the pod network. The restricted Pod Security Standard requires `drop: ["ALL"]`.',
    remediation:
      'Set `capabilities.drop: ["ALL"]` in the container securityContext and add back only what the process needs (usually NET_BIND_SERVICE at most).',
  },
  messages: {
    notDropped: 'Container "{{name}}" keeps the runtime\'s default capabilities: {{field}} does not list ALL.',
  },
  examples: {
    bad: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.27\n',
    good:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.27\n' +
      '    securityContext:\n      capabilities:\n        drop: ["ALL"]\n',
  },
  check({ file, report }) {
    const first = onceAt();
    for (const container of file.containers) {
      if (container.pod.isWindows || isPrivileged(container)) continue;
      const pod = container.pod;
      const drop = container.own('capabilities')?.value.get('drop');
      let at = container.anchor;
      if (drop) {
        const names = drop.items().map(capabilityName);
        // An empty list here may be one not known item by item (a Terraform value known after apply).
        if (names.length === 0 || names.includes('ALL') || names.includes(undefined)) continue;
        at = drop.range;
      } else if (container.partial) {
        continue;
      }
      if (!first(at)) continue;
      const field = `${pod.fieldName('capabilities')}.${pod.fieldName('drop')}`;
      const edit = file.setContainerSecurityField(container, 'capabilities.drop', '["ALL"]');
      const remedy: Fix | undefined = edit && { title: `Set ${pod.setting(field, '["ALL"]')}`, edits: [edit] };
      // A fix only where the process runs as non-root and cannot regain capabilities: elsewhere it may need CHOWN, SETUID or NET_BIND_SERVICE.
      const safe = dropIsSafe(container);
      report({
        at,
        messageId: 'notDropped',
        data: { name: container.name ?? '(unnamed)', field },
        fix: safe ? remedy : undefined,
        suggest: !safe && remedy ? [remedy] : [],
        value: drop,
      });
    }
  },
});
