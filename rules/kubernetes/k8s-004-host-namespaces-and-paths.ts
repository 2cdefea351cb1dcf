import { defineRule, remove, type Fix } from '../api';

const hostNamespaces = ['hostPID', 'hostIPC', 'hostNetwork'] as const;

// Container runtime sockets give control of every container on the node; the directories give
// its credentials, kernel interfaces or the whole filesystem. /var/run is a link to /run.
const sensitivePaths = new Set([
  '/var/run/docker.sock',
  '/run/docker.sock',
  '/run/containerd/containerd.sock',
  '/var/run/containerd/containerd.sock',
  '/var/run/crio/crio.sock',
  '/run/crio/crio.sock',
  '/var/run',
  '/run',
  '/',
  '/etc',
  '/proc',
  '/sys',
  '/var/lib/kubelet',
]);

// Directories whose contents are node credentials, runtime state or kernel interfaces, at any depth.
const sensitiveTrees = [
  '/etc/kubernetes',
  '/var/lib/kubelet',
  '/var/lib/docker',
  '/var/lib/containerd',
  '/var/lib/etcd',
  '/run/containerd',
  '/var/run/containerd',
  '/run/crio',
  '/var/run/crio',
  '/proc',
  '/root',
];

// Runtime sockets wherever a distribution puts them (k3s, cri-dockerd, ...).
const runtimeSockets = ['docker.sock', 'containerd.sock', 'crio.sock', 'cri-dockerd.sock'];

function isSensitive(path: string): boolean {
  if (sensitivePaths.has(path)) return true;
  if (sensitiveTrees.some((tree) => path.startsWith(`${tree}/`))) return true;
  const base = path.slice(path.lastIndexOf('/') + 1);
  return runtimeSockets.includes(base);
}

function normalizePath(path: string): string {
  const collapsed = path.replace(/\/{2,}/g, '/');
  // Collapsed, it ends with one slash at most.
  return collapsed.length > 1 && collapsed.endsWith('/') ? collapsed.slice(0, -1) : collapsed;
}

export default defineRule({
  id: 'K8S-004',
  title: 'Pods must not share host namespaces or mount host paths',
  target: 'kubernetes',
  workloads: true,
  severity: 'high',
  preset: 'recommended',
  requirements: ['4.3'],
  frameworks: {
    iso27001: ['A.8.2'],
    nist80053: ['AC-6', 'SC-39'],
    cis: [
      'CIS Kubernetes Benchmark v1.12.0 5.2.3',
      'CIS Kubernetes Benchmark v1.12.0 5.2.4',
      'CIS Kubernetes Benchmark v1.12.0 5.2.5',
      'CIS Kubernetes Benchmark v1.12.0 5.2.11',
      'CIS Amazon Elastic Kubernetes Service (EKS) Benchmark v1.8.0 4.2.2',
      'CIS Amazon Elastic Kubernetes Service (EKS) Benchmark v1.8.0 4.2.3',
      'CIS Amazon Elastic Kubernetes Service (EKS) Benchmark v1.8.0 4.2.4',
      'CIS Azure Kubernetes Service (AKS) Benchmark v1.8.0 4.2.2',
      'CIS Azure Kubernetes Service (AKS) Benchmark v1.8.0 4.2.3',
      'CIS Azure Kubernetes Service (AKS) Benchmark v1.8.0 4.2.4',
      'CIS Docker Benchmark v1.6.0 5.6',
      'CIS Docker Benchmark v1.6.0 5.10',
      'CIS Docker Benchmark v1.6.0 5.16',
      'CIS Docker Benchmark v1.6.0 5.17',
      'CIS Docker Benchmark v1.6.0 5.32',
    ],
  },
  docs: {
    rationale:
      'Host namespaces let a pod see and signal host processes, read host IPC and bind host interfaces; a hostPath ' +
      'volume exposes the node filesystem, and a runtime socket or system directory amounts to root on the node.',
    remediation:
      'Remove `hostPID`, `hostIPC` and `hostNetwork`, and replace hostPath volumes with ConfigMaps, Secrets, emptyDir or persistent volumes.',
  },
  messages: {
    hostNamespace: 'The pod sets {{setting}} and shares the host\'s namespace.',
    hostPath: 'The pod mounts the host path "{{path}}".',
    sensitiveHostPath: 'The pod mounts "{{path}}" from the host: a runtime socket or system directory gives control of the node.',
  },
  examples: {
    bad:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: probe\nspec:\n  hostNetwork: true\n  containers:\n  - name: probe\n' +
      '    image: probe:2.1\n',
    good: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: probe\nspec:\n  containers:\n  - name: probe\n    image: probe:2.1\n',
  },
  check({ file, report }) {
    const seen = new Set<string>();
    const first = (at: { start: { line: number; character: number } }) => {
      const key = `${at.start.line}:${at.start.character}`;
      return seen.has(key) ? false : (seen.add(key), true);
    };
    for (const pod of file.podSpecs) {
      for (const field of hostNamespaces) {
        const entry = pod.field(field);
        if (!entry?.value || entry.value.bool() !== true || !first(entry.value.range)) continue;
        // A suggestion: node agents (CNI, monitoring) may need the host namespace.
        const suggest: Fix[] = [];
        const line = file.entryLineRange(entry);
        const setting = pod.setting(field, 'true');
        if (line) suggest.push(remove(line, `Remove ${setting}`));
        report({ at: entry.value.range, messageId: 'hostNamespace', data: { setting }, suggest, value: entry.value });
      }
      for (const volume of pod.field('volumes')?.value?.items() ?? []) {
        const path = volume.get('hostPath', 'path');
        const value = path?.string();
        if (!path || value === undefined || value.includes('{{') || value.includes('$(') || value.includes('${')) continue;
        if (!first(path.range)) continue;
        const sensitive = isSensitive(normalizePath(value.trim()));
        report({
          at: path.range,
          messageId: sensitive ? 'sensitiveHostPath' : 'hostPath',
          data: { path: value },
          severity: sensitive ? 'critical' : undefined,
          value: path,
        });
      }
    }
  },
});
