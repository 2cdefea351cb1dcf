import rule from '../../../rules/kubernetes/k8s-003-writable-root-filesystem';
import { ruleTester } from '../../helpers/rule-tester';

const header = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n';

ruleTester(rule, {
  good: [
    {
      name: 'read-only root filesystem',
      code: header + '  containers:\n  - name: web\n    image: web:1.0\n    securityContext:\n      readOnlyRootFilesystem: true\n',
    },
    {
      name: 'Windows pod',
      code: header + '  os: {name: windows}\n  containers:\n  - name: iis\n    image: iis:2022\n',
    },
    {
      name: 'patch fragment without image',
      code: header + '  containers:\n  - name: web\n    env:\n    - {name: MODE, value: prod}\n',
    },
    {
      name: 'unknown value stays silent',
      code: header + '  containers:\n  - name: web\n    image: web:1.0\n    securityContext:\n      readOnlyRootFilesystem: "false"\n',
    },
    {
      name: 'suppressed for one container by a comment above it',
      code: header + '  containers:\n  # shiftguard-ignore K8S-003 -- writes its cache to the root filesystem\n  - name: web\n    image: web:1.0\n    securityContext:\n      readOnlyRootFilesystem: false\n',
    },
    {
      name: 'suppressed for a whole document',
      code: '---\n# shiftguard-ignore K8S-003 -- legacy app\n' + header + '  containers:\n  - name: web\n    image: web:1.0\n  - name: log\n    image: log:1.0\n',
    },
    {
      name: 'Helm values file is not a manifest',
      filename: 'values.yaml',
      code: 'image:\n  repository: web\nsecurityContext:\n  readOnlyRootFilesystem: false\n',
    },
  ],
  bad: [
    {
      name: 'explicit false, at the value',
      code: header + '  containers:\n  - name: web\n    image: web:1.0\n    securityContext:\n      readOnlyRootFilesystem: false\n',
      findings: [
        {
          messageId: 'writable', line: 10, column: 31, endLine: 10, endColumn: 36, severity: 'medium',
          suggestions: [{
            title: 'Set readOnlyRootFilesystem: true',
            output: header + '  containers:\n  - name: web\n    image: web:1.0\n    securityContext:\n      readOnlyRootFilesystem: true\n',
          }],
        },
      ],
    },
    {
      name: 'absent, at the container name',
      code: header + '  containers:\n  - name: web\n    image: web:1.0\n    securityContext:\n      runAsNonRoot: true\n',
      findings: [
        {
          messageId: 'notReadOnly', line: 7, column: 11, endColumn: 14,
          suggestions: [{
            output: header + '  containers:\n  - name: web\n    image: web:1.0\n    securityContext:\n      runAsNonRoot: true\n      readOnlyRootFilesystem: true\n',
          }],
        },
      ],
    },
    {
      name: 'pod-level readOnlyRootFilesystem is not a field and does not count',
      code: header + '  securityContext:\n    readOnlyRootFilesystem: true\n  containers:\n  - name: web\n    image: web:1.0\n',
      findings: [{ messageId: 'notReadOnly', line: 9, column: 11 }],
    },
    {
      name: 'every container list of a StatefulSet',
      code: `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  serviceName: db
  template:
    spec:
      initContainers:
      - name: init-perms
        image: busybox:1.36
        securityContext:
          readOnlyRootFilesystem: true
      - name: sidecar
        image: proxy:2.0
        restartPolicy: Always
      containers:
      - name: db
        image: postgres:17.2
        securityContext: {readOnlyRootFilesystem: false}
`,
      findings: [
        { messageId: 'notReadOnly', line: 14, column: 15, endColumn: 22 },
        {
          messageId: 'writable', line: 20, column: 51, endColumn: 56,
          suggestions: [{ output: `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  serviceName: db
  template:
    spec:
      initContainers:
      - name: init-perms
        image: busybox:1.36
        securityContext:
          readOnlyRootFilesystem: true
      - name: sidecar
        image: proxy:2.0
        restartPolicy: Always
      containers:
      - name: db
        image: postgres:17.2
        securityContext: {readOnlyRootFilesystem: true}
` }],
        },
      ],
    },
    {
      name: 'container without a name is reported at its first key',
      code: header + '  containers:\n  - image: web:1.0\n',
      findings: [{ messageId: 'notReadOnly', line: 7, column: 5, endColumn: 10 }],
    },
    {
      name: 'non-ASCII names keep UTF-16 columns',
      code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: "café-😀"\nspec:\n  containers:\n  - {name: "😀-web", image: "web:1.0"}\n',
      findings: [{ messageId: 'notReadOnly', line: 7, column: 12, endColumn: 20, suggestions: [] }],
    },
  ],
});
