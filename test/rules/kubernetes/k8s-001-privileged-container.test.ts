import rule from '../../../rules/kubernetes/k8s-001-privileged-container';
import { ruleTester } from '../../helpers/rule-tester';

const pod = (securityContext: string) =>
  `apiVersion: v1
kind: Pod
metadata:
  name: agent
spec:
  containers:
  - name: agent
    image: registry.example.com/agent:1.4
${securityContext}`;

ruleTester(rule, {
  good: [
    { name: 'privileged false', code: pod('    securityContext:\n      privileged: false\n') },
    { name: 'no securityContext', code: pod('') },
    { name: 'quoted "true" is a string, which the API rejects', code: pod('    securityContext:\n      privileged: "true"\n') },
    {
      name: 'privileged is not a pod-level field',
      code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\nspec:\n  securityContext:\n    privileged: true\n  containers:\n  - name: a\n    image: a:1\n',
    },
    {
      name: 'docker-compose file is not a manifest',
      filename: 'docker-compose.yml',
      code: 'services:\n  agent:\n    image: agent:1.4\n    privileged: true\n',
    },
    {
      name: 'custom resource with a containers list of its own shape',
      code: 'apiVersion: example.com/v1\nkind: Pod\nmetadata:\n  name: a\nspec:\n  containers:\n  - name: a\n    securityContext:\n      privileged: true\n',
    },
    {
      name: 'Helm template is not linted',
      filename: 'chart/templates/daemonset.yaml',
      code: 'apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: {{ .Release.Name }}\nspec:\n  template:\n    spec:\n      containers:\n      - name: a\n        image: a:1\n        securityContext:\n          privileged: true\n',
    },
  ],
  bad: [
    {
      name: 'privileged container in a Pod',
      code: pod('    securityContext:\n      privileged: true\n      runAsNonRoot: true\n'),
      findings: [
        {
          messageId: 'privileged', line: 10, column: 19, endLine: 10, endColumn: 23, severity: 'critical',
          suggestions: [
            { title: 'Remove privileged: true', output: pod('    securityContext:\n      runAsNonRoot: true\n') },
            { title: 'Set privileged: false', output: pod('    securityContext:\n      privileged: false\n      runAsNonRoot: true\n') },
          ],
        },
      ],
    },
    {
      name: 'YAML 1.1 boolean, as kubectl reads it',
      code: pod('    securityContext:\n      privileged: yes\n'),
      findings: [{ messageId: 'privileged', line: 10, column: 19, endColumn: 22 }],
    },
    {
      name: 'init container of a DaemonSet',
      code: `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: node-setup
spec:
  selector:
    matchLabels: {app: node-setup}
  template:
    metadata:
      labels: {app: node-setup}
    spec:
      initContainers:
      - name: sysctl
        image: busybox:1.36
        securityContext:
          privileged: true
      containers:
      - name: main
        image: pause:3.9
`,
      findings: [{ messageId: 'privileged', line: 16, column: 23, endColumn: 27 }],
    },
    {
      name: 'CronJob job template',
      code: `apiVersion: batch/v1
kind: CronJob
metadata:
  name: cleanup
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
          - name: cleanup
            image: cleanup:2.0
            securityContext: {privileged: true}
`,
      findings: [
        {
          messageId: 'privileged', line: 15, column: 43, endColumn: 47,
          suggestions: [{ title: 'Set privileged: false', output: `apiVersion: batch/v1
kind: CronJob
metadata:
  name: cleanup
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
          - name: cleanup
            image: cleanup:2.0
            securityContext: {privileged: false}
` }],
        },
      ],
    },
    {
      name: 'second document of a multi-document file',
      code: `apiVersion: v1
kind: ServiceAccount
metadata:
  name: agent
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: agent
spec:
  template:
    spec:
      containers:
      - name: agent
        image: agent:1.4
        securityContext:
          privileged: true
`,
      findings: [{ messageId: 'privileged', line: 17, column: 23, endColumn: 27 }],
    },
    {
      name: 'ephemeral debug container',
      code: pod('  ephemeralContainers:\n  - name: debug\n    image: busybox:1.36\n    securityContext:\n      privileged: true\n'),
      findings: [{ messageId: 'privileged', line: 13, column: 19 }],
    },
    {
      name: 'securityContext shared through an anchor is reported once, where it is written',
      code: pod(`    securityContext: &privileged
      privileged: true
  - name: sidecar
    image: sidecar:1.0
    securityContext: *privileged
`),
      findings: [{ messageId: 'privileged', line: 10, column: 19 }],
    },
    {
      name: 'item of a List',
      code: `apiVersion: v1
kind: List
items:
- apiVersion: v1
  kind: Pod
  metadata:
    name: a
  spec:
    containers:
    - name: a
      image: a:1
      securityContext:
        privileged: true
`,
      findings: [{ messageId: 'privileged', line: 13, column: 21 }],
    },
  ],
});
