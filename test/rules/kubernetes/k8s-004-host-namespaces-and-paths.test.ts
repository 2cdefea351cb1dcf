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
