import { defineRule, remove } from '../api';
import { addedCapabilities, capabilityFrameworks, isPrivileged } from '../shared/container-security';
import { onceAt } from '../shared/workload-rules';

// The Pod Security Standards baseline allows these to be added; the restricted profile only NET_BIND_SERVICE.
const baseline = new Set([
  'AUDIT_WRITE',
  'CHOWN',
  'DAC_OVERRIDE',
  'FOWNER',
  'FSETID',
  'KILL',
  'MKNOD',
  'NET_BIND_SERVICE',
  'SETFCAP',
  'SETGID',
  'SETPCAP',
  'SETUID',
  'SYS_CHROOT',
]);

// Each of these alone is a known path to the node: mounts and namespaces, packet forging, kernel
// modules, tracing other processes, eBPF programs.
const dangerous = new Set(['ALL', 'SYS_ADMIN', 'NET_ADMIN', 'SYS_MODULE', 'SYS_PTRACE', 'NET_RAW', 'BPF']);

export default defineRule({
  id: 'K8S-008',
  title: 'Containers must not add capabilities beyond the baseline set',
  target: 'kubernetes',
  workloads: true,
  severity: 'high',
  preset: 'recommended',
  requirements: ['4.3'],
  frameworks: capabilityFrameworks,
  docs: {
    rationale:
      'Capabilities outside the Pod Security Standards baseline set give root-like powers: CAP_SYS_ADMIN mounts filesystems ' +
      'and escapes through cgroups, NET_ADMIN and NET_RAW rewrite or forge traffic, SYS_MODULE loads kernel code, ' +
      'SYS_PTRACE reads other processes, BPF loads kernel programs.',
    remediation:
      'Remove the capability from `securityContext.capabilities.add`; drop ALL and add back only what the process needs from the baseline set (usually NET_BIND_SERVICE at most).',
  },
  messages: {
    dangerous: 'Container "{{name}}" adds {{capability}}, which gives control over the node or its other workloads.',
    nonBaseline: 'Container "{{name}}" adds {{capability}}, which is outside the Pod Security Standards baseline set.',
  },
  examples: {
    bad:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: vpn\nspec:\n  containers:\n  - name: vpn\n    image: vpn:3.1\n' +
      '    securityContext:\n      capabilities:\n        add: [NET_ADMIN]\n',
    good:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.27\n' +
      '    securityContext:\n      capabilities:\n        drop: [ALL]\n        add: [NET_BIND_SERVICE]\n',
  },
  check({ file, report }) {
    const first = onceAt();
    for (const container of file.containers) {
      // Capabilities are Linux-only; a privileged container has them all and is K8S-001's.
      if (container.pod.isWindows || isPrivileged(container)) continue;
      for (const { value, name } of addedCapabilities(container)) {
        if (baseline.has(name) || !first(value.range)) continue;
        const capability = name === 'ALL' ? 'ALL capabilities' : `CAP_${name}`;
        const isDangerous = dangerous.has(name);
        // A suggestion: the workload may rely on it (a VPN needs NET_ADMIN, a profiler SYS_PTRACE).
        const line = file.itemLineRange(value);
        report({
          at: value.range,
          messageId: isDangerous ? 'dangerous' : 'nonBaseline',
          data: { name: container.name ?? '(unnamed)', capability },
          severity: isDangerous ? undefined : 'medium',
          suggest: line ? [remove(line, `Remove ${capability}`)] : [],
          value,
        });
      }
    }
  },
});
