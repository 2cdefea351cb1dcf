import rule from '../../../rules/kubernetes/k8s-004-host-namespaces-and-paths';
import { ruleTester } from '../../helpers/rule-tester';

const header = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: agent\nspec:\n';
const containers = '  containers:\n  - name: agent\n    image: agent:1.4\n';

ruleTester(rule, {
  good: [
    { name: 'no host settings', code: header + containers },
    { name: 'host namespaces set to false', code: header + '  hostNetwork: false\n  hostPID: false\n  hostIPC: no\n' + containers },
    {
      name: 'volumes without hostPath',
      code: header + containers + '  volumes:\n  - name: cache\n    emptyDir: {}\n  - name: config\n    configMap: {name: agent}\n',
    },
    {
      name: 'host settings in a non-workload object',
      code: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  hostNetwork: "true"\n',
    },
    {
      name: 'unrendered path placeholder',
      code: header + containers + '  volumes:\n  - name: data\n    hostPath:\n      path: "{{ .Values.dataDir }}"\n',
    },
  ],
  bad: [
    {
      name: 'hostNetwork: true',
      code: header + '  hostNetwork: true\n' + containers,
      findings: [
        {
          messageId: 'hostNamespace', line: 6, column: 16, endLine: 6, endColumn: 20, severity: 'high',
          suggestions: [{ title: 'Remove hostNetwork: true', output: header + containers }],
        },
      ],
    },
    {
      name: 'hostPID and hostIPC in a Deployment',
      code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: debug
spec:
  template:
    spec:
      hostPID: true
      hostIPC: true # shared memory with the host
      containers:
      - name: debug
        image: debug:1.0
`,
      findings: [
        { messageId: 'hostNamespace', line: 8, column: 16, endColumn: 20 },
        {
          messageId: 'hostNamespace', line: 9, column: 16, endColumn: 20,
          suggestions: [{ output: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: debug
spec:
  template:
    spec:
      hostPID: true
      containers:
      - name: debug
        image: debug:1.0
` }],
        },
      ],
    },
    {
      name: 'flow-style spec: no removal offered',
      code: 'apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec: {hostNetwork: true, containers: [{name: a, image: "a:1"}]}\n',
      findings: [{ messageId: 'hostNamespace', line: 4, column: 21, endColumn: 25, suggestions: [] }],
    },
    {
      name: 'docker socket is critical',
      code: header + containers + '  volumes:\n  - name: docker\n    hostPath:\n      path: /var/run/docker.sock\n      type: Socket\n',
      findings: [{ messageId: 'sensitiveHostPath', line: 12, column: 13, endLine: 12, endColumn: 33, severity: 'critical' }],
    },
    {
      name: 'sensitive directories with a trailing slash, and an ordinary path',
      code: header + containers + '  volumes:\n  - name: etc\n    hostPath: {path: /etc/}\n  - name: logs\n    hostPath:\n      path: /var/log/agent\n  - name: root\n    hostPath:\n      path: "/"\n',
      findings: [
        { messageId: 'sensitiveHostPath', line: 11, column: 22, endColumn: 27, severity: 'critical' },
        { messageId: 'hostPath', line: 14, column: 13, endColumn: 27, severity: 'high' },
        { messageId: 'sensitiveHostPath', line: 17, column: 13, endColumn: 16, severity: 'critical' },
      ],
    },
    {
      name: 'node credentials, runtime state and sockets below the named directories are critical',
      code: header + containers + '  volumes:\n  - name: pki\n    hostPath: {path: /etc/kubernetes/pki}\n  - name: pods\n    hostPath: {path: /var/lib/kubelet/pods}\n  - name: k3s\n    hostPath: {path: /run/k3s/containerd/containerd.sock}\n  - name: certs\n    hostPath: {path: /etc/ssl/certs}\n',
      findings: [
        { messageId: 'sensitiveHostPath', line: 11, column: 22, endColumn: 41, severity: 'critical' },
        { messageId: 'sensitiveHostPath', line: 13, column: 22, endColumn: 43, severity: 'critical' },
        { messageId: 'sensitiveHostPath', line: 15, column: 22, endColumn: 57, severity: 'critical' },
        { messageId: 'hostPath', line: 17, column: 22, endColumn: 36, severity: 'high' },
      ],
    },
    {
      name: 'containerd socket in a CronJob',
      code: `apiVersion: batch/v1
kind: CronJob
metadata:
  name: prune
spec:
  schedule: "0 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers:
          - name: prune
            image: crictl:1.31
          volumes:
          - name: sock
            hostPath:
              path: /run/containerd/containerd.sock
`,
      findings: [{ messageId: 'sensitiveHostPath', line: 17, column: 21, severity: 'critical' }],
    },
    {
      name: 'shared volumes anchor reported once',
      code: `apiVersion: v1
kind: List
items:
- apiVersion: v1
  kind: Pod
  metadata: {name: a}
  spec:
    containers: [{name: a, image: "a:1"}]
    volumes: &vols
    - name: proc
      hostPath: {path: /proc}
- apiVersion: v1
  kind: Pod
  metadata: {name: b}
  spec:
    containers: [{name: b, image: "b:1"}]
    volumes: *vols
`,
      findings: [{ messageId: 'sensitiveHostPath', line: 11, column: 24, endColumn: 29 }],
    },
  ],
});

const daemonSet = (podSettings: string) => `resource "kubernetes_daemonset" "probe" {
  metadata {
    name = "probe"
  }
  spec {
    selector {
      match_labels = { app = "probe" }
    }
    template {
      metadata {
        labels = { app = "probe" }
      }
      spec {
${podSettings}        container {
          name  = "probe"
          image = "probe:2.1"
        }
      }
    }
  }
}
`;

ruleTester(rule, {
  good: [
    { name: 'terraform: host namespaces off', filename: 'main.tf', code: daemonSet('        host_network = false\n        host_pid     = false\n') },
    {
      name: 'terraform: volumes without host_path',
      filename: 'main.tf',
      code: daemonSet('        volume {\n          name = "cache"\n          empty_dir {}\n        }\n'),
    },
    {
      name: 'terraform: host_path from unknown data',
      filename: 'main.tf',
      code: daemonSet('        volume {\n          name = "data"\n          host_path {\n            path = var.data_dir\n          }\n        }\n'),
    },
    {
      name: 'terraform: volumes generated from an unknown collection',
      filename: 'main.tf',
      code: daemonSet('        dynamic "volume" {\n          for_each = var.volumes\n          content {\n            name = volume.key\n            host_path {\n              path = volume.value\n            }\n          }\n        }\n'),
    },
  ],
  bad: [
    {
      name: 'terraform: host_network = true',
      filename: 'main.tf',
      code: daemonSet('        host_network = true\n'),
      findings: [
        {
          messageId: 'hostNamespace', line: 14, column: 24, endColumn: 28,
          suggestions: [{ title: 'Remove host_network = true', output: daemonSet('') }],
        },
      ],
    },
    {
      name: 'terraform: host_pid from a variable default',
      filename: 'main.tf',
      code: daemonSet('        host_pid = var.host_pid # process metrics\n'),
      files: { 'variables.tf': 'variable "host_pid" {\n  default = true\n}\n' },
      findings: [
        {
          messageId: 'hostNamespace', line: 14, column: 20, endColumn: 32, related: ['variables.tf:2:13'],
          suggestions: [{ output: daemonSet('') }],
        },
      ],
    },
    {
      name: 'terraform: docker socket and a data directory from the host',
      filename: 'main.tf',
      code: daemonSet(
        '        volume {\n          name = "docker"\n          host_path {\n            path = "/var/run/docker.sock"\n          }\n        }\n' +
          '        volume {\n          name = "data"\n          host_path {\n            path = "/srv/probe/"\n            type = "DirectoryOrCreate"\n          }\n        }\n',
      ),
      findings: [
        { messageId: 'sensitiveHostPath', line: 17, column: 20, endColumn: 42, severity: 'critical' },
        { messageId: 'hostPath', line: 23, column: 20, endColumn: 33, severity: 'high' },
      ],
    },
    {
      name: 'terraform: kubernetes_manifest with hostPID and a hostPath volume',
      filename: 'main.tf',
      code: 'resource "kubernetes_manifest" "probe" {\n  manifest = {\n    apiVersion = "v1"\n    kind       = "Pod"\n    metadata   = { name = "probe", namespace = "monitoring" }\n    spec = {\n      hostPID    = true\n      containers = [{ name = "probe", image = "probe:2.1" }]\n      volumes    = [{ name = "root", hostPath = { path = "/" } }]\n    }\n  }\n}\n',
      findings: [
        { messageId: 'hostNamespace', line: 7, column: 20, endColumn: 24, suggestions: [] },
        { messageId: 'sensitiveHostPath', line: 9, column: 58, endColumn: 61 },
      ],
    },
  ],
});
