import rule from '../../../rules/kubernetes/k8s-002-run-as-root';
import { ruleTester } from '../../helpers/rule-tester';

const header = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n';

ruleTester(rule, {
  good: [
    {
      name: 'pod-level runAsNonRoot: true is inherited',
      code: header + '  securityContext:\n    runAsNonRoot: true\n  containers:\n  - name: web\n    image: web:1.0\n',
    },
    {
      name: 'container-level runAsNonRoot: true without runAsUser',
      code: header + '  containers:\n  - name: web\n    image: web:1.0\n    securityContext:\n      runAsNonRoot: true\n',
    },
    {
      name: 'non-zero runAsUser on the container',
      code: header + '  containers:\n  - name: web\n    image: web:1.0\n    securityContext:\n      runAsUser: 10001\n',
    },
    {
      name: 'non-zero runAsUser on the pod',
      code: header + '  securityContext:\n    runAsUser: 10001\n  containers:\n  - name: web\n    image: web:1.0\n',
    },
    {
      name: 'container runAsNonRoot: true overrides the pod',
      code: header + '  securityContext:\n    runAsNonRoot: false\n  containers:\n  - name: web\n    image: web:1.0\n    securityContext:\n      runAsNonRoot: true\n',
    },
    {
      name: 'container runAsUser overrides a root pod user',
      code: header + '  securityContext:\n    runAsUser: 0\n  containers:\n  - name: web\n    image: web:1.0\n    securityContext:\n      runAsUser: 1000\n',
    },
    {
      name: 'Windows pod',
      code: header + '  os:\n    name: windows\n  containers:\n  - name: iis\n    image: mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022\n',
    },
    {
      name: 'patch fragment without image',
      code: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n      - name: web\n        resources:\n          limits: {memory: 256Mi}\n',
    },
    {
      name: 'merge key brings runAsNonRoot',
      code: header + '  containers:\n  - name: web\n    image: web:1.0\n    securityContext:\n      <<: {runAsNonRoot: true}\n      allowPrivilegeEscalation: false\n',
    },
    {
      name: 'GitHub workflow is not a manifest',
      filename: '.github/workflows/ci.yml',
      code: 'name: ci\non: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    container:\n      image: node:20\n    steps:\n    - run: npm test\n',
    },
    {
      name: 'kustomization has no workloads',
      filename: 'kustomization.yaml',
      code: 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n- deployment.yaml\n',
    },
  ],
  bad: [
    {
      name: 'no securityContext at all',
      code: header + '  containers:\n  - name: web\n    image: web:1.0\n',
      findings: [
        {
          messageId: 'mayRunAsRoot', line: 7, column: 11, endLine: 7, endColumn: 14, severity: 'high',
          suggestions: [{
            title: 'Set runAsNonRoot: true',
            output: header + '  containers:\n  - name: web\n    image: web:1.0\n    securityContext:\n      runAsNonRoot: true\n',
          }],
        },
      ],
    },
    {
      name: 'securityContext without the user settings',
      code: header + '  containers:\n  - name: web\n    image: web:1.0\n    securityContext:\n      readOnlyRootFilesystem: true # keep\n    ports:\n    - containerPort: 8080\n',
      findings: [
        {
          messageId: 'mayRunAsRoot', line: 7, column: 11,
          suggestions: [{
            output: header + '  containers:\n  - name: web\n    image: web:1.0\n    securityContext:\n      readOnlyRootFilesystem: true # keep\n      runAsNonRoot: true\n    ports:\n    - containerPort: 8080\n',
          }],
        },
      ],
    },
    {
      name: 'Windows container running as ContainerAdministrator',
      code: header + '  os: {name: windows}\n  securityContext:\n    windowsOptions:\n      runAsUserName: ContainerAdministrator\n  containers:\n  - name: iis\n    image: iis:2022\n',
      findings: [{
        messageId: 'windowsAdministrator', line: 9, column: 22, endColumn: 44,
        suggestions: [{ title: 'Run as ContainerUser', output: header + '  os: {name: windows}\n  securityContext:\n    windowsOptions:\n      runAsUserName: ContainerUser\n  containers:\n  - name: iis\n    image: iis:2022\n' }],
      }],
    },
    {
      name: 'pod-level runAsNonRoot: false',
      code: header + '  securityContext:\n    runAsNonRoot: false\n  containers:\n  - name: web\n    image: web:1.0\n',
      findings: [
        {
          messageId: 'nonRootDisabled', line: 7, column: 19, endColumn: 24,
          suggestions: [{
            title: 'Set runAsNonRoot: true',
            output: header + '  securityContext:\n    runAsNonRoot: true\n  containers:\n  - name: web\n    image: web:1.0\n',
          }],
        },
      ],
    },
    {
      name: 'container-level runAsNonRoot: false is replaced',
      code: header + '  containers:\n  - name: web\n    image: web:1.0\n    securityContext:\n      runAsNonRoot: false\n',
      findings: [
        {
          messageId: 'nonRootDisabled', line: 10, column: 21,
          suggestions: [{ output: header + '  containers:\n  - name: web\n    image: web:1.0\n    securityContext:\n      runAsNonRoot: true\n' }],
        },
      ],
    },
    {
      name: 'pod runs as UID 0: one finding for all containers, at the value',
      code: header + '  securityContext:\n    runAsUser: 0\n  containers:\n  - name: web\n    image: web:1.0\n  - name: log\n    image: log:1.0\n',
      findings: [
        {
          messageId: 'rootUser', line: 7, column: 16, endLine: 7, endColumn: 17,
          suggestions: [{
            title: 'Run as UID 10001',
            output: header + '  securityContext:\n    runAsUser: 10001\n  containers:\n  - name: web\n    image: web:1.0\n  - name: log\n    image: log:1.0\n',
          }],
        },
      ],
    },
    {
      name: 'container UID 0 overrides a non-root pod, even with runAsNonRoot',
      code: header + '  securityContext:\n    runAsUser: 1000\n    runAsNonRoot: true\n  containers:\n  - name: web\n    image: web:1.0\n    securityContext:\n      runAsUser: 0\n',
      findings: [{ messageId: 'rootUser', line: 13, column: 18, endColumn: 19 }],
    },
    {
      name: 'user namespace lowers the severity',
      code: header + '  hostUsers: false\n  containers:\n  - name: web\n    image: web:1.0\n',
      findings: [{ messageId: 'mayRunAsRoot', line: 8, column: 11, severity: 'medium' }],
    },
    {
      name: 'CronJob with an init container',
      code: `apiVersion: batch/v1
kind: CronJob
metadata:
  name: report
spec:
  schedule: "@daily"
  jobTemplate:
    spec:
      template:
        spec:
          initContainers:
          - name: fetch
            image: fetch:1.2
            securityContext:
              runAsNonRoot: true
          - name: prepare
            image: prepare:1.2
          containers:
          - name: report
            image: report:3.1
`,
      findings: [
        {
          messageId: 'mayRunAsRoot', line: 16, column: 19, endColumn: 26,
          suggestions: [{ output: `apiVersion: batch/v1
kind: CronJob
metadata:
  name: report
spec:
  schedule: "@daily"
  jobTemplate:
    spec:
      template:
        spec:
          initContainers:
          - name: fetch
            image: fetch:1.2
            securityContext:
              runAsNonRoot: true
          - name: prepare
            image: prepare:1.2
            securityContext:
              runAsNonRoot: true
          containers:
          - name: report
            image: report:3.1
` }],
        },
        { messageId: 'mayRunAsRoot', line: 19, column: 19, endColumn: 25 },
      ],
    },
    {
      name: 'four-space indentation is kept',
      code: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n    name: web\nspec:\n    template:\n        spec:\n            containers:\n                - name: web\n                  image: web:1.0\n',
      findings: [
        {
          messageId: 'mayRunAsRoot', line: 9, column: 25,
          suggestions: [{
            output: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n    name: web\nspec:\n    template:\n        spec:\n            containers:\n                - name: web\n                  image: web:1.0\n                  securityContext:\n                      runAsNonRoot: true\n',
          }],
        },
      ],
    },
    {
      name: 'flow-style container: the securityContext is added in flow style',
      code: header + '  containers: [{name: web, image: "web:1.0"}]\n',
      findings: [{
        messageId: 'mayRunAsRoot', line: 6, column: 23, endColumn: 26,
        suggestions: [{ output: header + '  containers: [{name: web, image: "web:1.0", securityContext: {runAsNonRoot: true}}]\n' }],
      }],
    },
    {
      name: 'only the workload document of a multi-document file',
      code: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n  - port: 80\n---\n' + header + '  containers:\n  - name: web\n    image: web:1.0\n',
      findings: [{ messageId: 'mayRunAsRoot', line: 15, column: 11 }],
    },
    {
      name: 'block scalar as the last value of the container',
      code: header + '  containers:\n  - name: web\n    image: web:1.0\n    args:\n    - |\n      serve --port 8080\n',
      findings: [
        {
          messageId: 'mayRunAsRoot', line: 7, column: 11,
          suggestions: [{ output: header + '  containers:\n  - name: web\n    image: web:1.0\n    args:\n    - |\n      serve --port 8080\n    securityContext:\n      runAsNonRoot: true\n' }],
        },
      ],
    },
    {
      name: 'command block scalar as the last key',
      code: header + '  containers:\n  - name: web\n    image: web:1.0\n    command: |\n      serve\n',
      trailingSpaceVariant: false,
      findings: [
        {
          messageId: 'mayRunAsRoot', line: 7, column: 11,
          suggestions: [{ output: header + '  containers:\n  - name: web\n    image: web:1.0\n    command: |\n      serve\n    securityContext:\n      runAsNonRoot: true\n' }],
        },
      ],
    },
  ],
});

const deployment = (podSettings: string, containerSettings: string) => `resource "kubernetes_deployment_v1" "web" {
  metadata {
    name = "web"
  }
  spec {
    replicas = 2
    template {
      metadata {
        labels = { app = "web" }
      }
      spec {
${podSettings}        container {
          name  = "web"
          image = "web:1.0"
${containerSettings}        }
      }
    }
  }
}
`;

ruleTester(rule, {
  good: [
    {
      name: 'terraform: pod-level run_as_non_root = true is inherited',
      filename: 'main.tf',
      code: deployment('        security_context {\n          run_as_non_root = true\n        }\n', ''),
    },
    {
      name: 'terraform: non-zero run_as_user string on the container',
      filename: 'main.tf',
      code: deployment('', '          security_context {\n            run_as_user = "10001"\n          }\n'),
    },
    {
      name: 'terraform: container run_as_user overrides a root pod user',
      filename: 'main.tf',
      code: deployment('        security_context {\n          run_as_user = "0"\n        }\n', '          security_context {\n            run_as_user = 1000\n          }\n'),
    },
    {
      name: 'terraform: run_as_non_root from a variable without a value',
      filename: 'main.tf',
      code: deployment('        security_context {\n          run_as_non_root = var.non_root\n        }\n', ''),
      files: { 'variables.tf': 'variable "non_root" {\n  type = bool\n}\n' },
    },
    {
      name: 'terraform: pod security_context generated from unknown data',
      filename: 'main.tf',
      code: deployment('        dynamic "security_context" {\n          for_each = var.pod_security\n          content {\n            run_as_user = security_context.value\n          }\n        }\n', ''),
    },
    {
      name: 'terraform: Windows pod',
      filename: 'main.tf',
      code: deployment('        os {\n          name = "windows"\n        }\n', ''),
    },
    {
      name: 'terraform: empty run_as_user is unset, run_as_non_root still applies',
      filename: 'main.tf',
      code: deployment('        security_context {\n          run_as_non_root = true\n          run_as_user     = ""\n        }\n', ''),
    },
  ],
  bad: [
    {
      name: 'terraform: deployment without any security_context',
      filename: 'main.tf',
      code: deployment('', ''),
      findings: [
        {
          messageId: 'mayRunAsRoot', line: 13, column: 19, endLine: 13, endColumn: 24, severity: 'high',
          suggestions: [{
            title: 'Set run_as_non_root = true',
            output: deployment('', '          security_context {\n            run_as_non_root = true\n          }\n'),
          }],
        },
      ],
    },
    {
      name: 'terraform: security_context without the user settings',
      filename: 'main.tf',
      code: deployment('', '          security_context {\n            read_only_root_filesystem = true\n          }\n'),
      findings: [
        {
          messageId: 'mayRunAsRoot', line: 13, column: 19,
          suggestions: [{
            output: deployment('', '          security_context {\n            read_only_root_filesystem = true\n            run_as_non_root = true\n          }\n'),
          }],
        },
      ],
    },
    {
      name: 'terraform: run_as_non_root = false replaced in place',
      filename: 'main.tf',
      code: deployment('', '          security_context {\n            run_as_non_root = false\n          }\n'),
      findings: [
        {
          messageId: 'nonRootDisabled', line: 16, column: 31, endColumn: 36,
          suggestions: [{ title: 'Set run_as_non_root = true', output: deployment('', '          security_context {\n            run_as_non_root = true\n          }\n') }],
        },
      ],
    },
    {
      name: 'terraform: pod-level run_as_user = "0" is inherited',
      filename: 'main.tf',
      code: deployment('        security_context {\n          run_as_user = "0"\n        }\n', ''),
      findings: [
        {
          messageId: 'rootUser', line: 13, column: 25, endColumn: 28,
          suggestions: [{ title: 'Run as UID 10001', output: deployment('        security_context {\n          run_as_user = 10001\n        }\n', '') }],
        },
      ],
    },
    {
      name: 'terraform: init_container runs as root, the app container does not',
      filename: 'main.tf',
      code: deployment(
        '        init_container {\n          name  = "migrate"\n          image = "web:1.0"\n          security_context {\n            run_as_user = 0\n          }\n        }\n',
        '          security_context {\n            run_as_non_root = true\n          }\n',
      ),
      findings: [{ messageId: 'rootUser', line: 16, column: 27, endColumn: 28 }],
    },
    {
      name: 'terraform: kubernetes_pod with a one-line container block gets a body',
      filename: 'main.tf',
      code: 'resource "kubernetes_pod" "web" {\n  metadata {\n    name = "web"\n  }\n  spec {\n    container { image = "web:1.0" }\n  }\n}\n',
      findings: [
        {
          messageId: 'mayRunAsRoot', line: 6, column: 5, endColumn: 14,
          suggestions: [{
            output: 'resource "kubernetes_pod" "web" {\n  metadata {\n    name = "web"\n  }\n  spec {\n    container {\n      image = "web:1.0"\n      security_context {\n        run_as_non_root = true\n      }\n    }\n  }\n}\n',
          }],
        },
      ],
    },
  ],
});
