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
      findings: [{
        messageId: 'notReadOnly', line: 7, column: 12, endColumn: 20,
        suggestions: [{ output: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: "café-😀"\nspec:\n  containers:\n  - {name: "😀-web", image: "web:1.0", securityContext: {readOnlyRootFilesystem: true}}\n' }],
      }],
    },
  ],
});

const statefulSet = (containerSettings: string) => `resource "kubernetes_stateful_set_v1" "db" {
  metadata {
    name = "db"
  }
  spec {
    service_name = "db"
    selector {
      match_labels = { app = "db" }
    }
    template {
      metadata {
        labels = { app = "db" }
      }
      spec {
        container {
          name  = "db"
          image = "postgres:16.4"
${containerSettings}        }
      }
    }
  }
}
`;

ruleTester(rule, {
  good: [
    {
      name: 'terraform: read_only_root_filesystem = true',
      filename: 'main.tf',
      code: statefulSet('          security_context {\n            read_only_root_filesystem = true\n          }\n'),
    },
    {
      name: 'terraform: value from a data source is unknown',
      filename: 'main.tf',
      code: statefulSet('          security_context {\n            read_only_root_filesystem = data.external.policy.result.read_only\n          }\n'),
    },
    {
      name: 'terraform: pod-level settings do not matter, the container sets it',
      filename: 'main.tf',
      code: statefulSet('          security_context {\n            read_only_root_filesystem = local.read_only\n          }\n') +
        'locals {\n  read_only = true\n}\n',
    },
  ],
  bad: [
    {
      name: 'terraform: read_only_root_filesystem = false',
      filename: 'main.tf',
      code: statefulSet('          security_context {\n            read_only_root_filesystem = false\n          }\n'),
      findings: [
        {
          messageId: 'writable', line: 19, column: 41, endColumn: 46,
          suggestions: [{
            title: 'Set read_only_root_filesystem = true',
            output: statefulSet('          security_context {\n            read_only_root_filesystem = true\n          }\n'),
          }],
        },
      ],
    },
    {
      name: 'terraform: not set, security_context created',
      filename: 'main.tf',
      code: statefulSet(''),
      findings: [
        {
          messageId: 'notReadOnly', line: 16, column: 19, endColumn: 23,
          suggestions: [{ output: statefulSet('          security_context {\n            read_only_root_filesystem = true\n          }\n') }],
        },
      ],
    },
    {
      name: 'terraform: local in another file',
      filename: 'main.tf',
      code: statefulSet('          security_context {\n            read_only_root_filesystem = local.read_only\n          }\n'),
      files: { 'locals.tf': 'locals {\n  read_only = false\n}\n' },
      findings: [{ messageId: 'writable', line: 19, column: 41, endColumn: 56, related: ['locals.tf:2:15'] }],
    },
    {
      name: 'terraform: kubernetes_manifest offers no edit',
      filename: 'main.tf',
      code: 'resource "kubernetes_manifest" "web" {\n  manifest = {\n    apiVersion = "apps/v1"\n    kind       = "Deployment"\n    metadata   = { name = "web", namespace = "default" }\n    spec = {\n      template = {\n        spec = {\n          containers = [{ name = "web", image = "web:1.0" }]\n        }\n      }\n    }\n  }\n}\n',
      findings: [{ messageId: 'notReadOnly', line: 9, column: 34, endColumn: 39, suggestions: [] }],
    },
  ],
});
