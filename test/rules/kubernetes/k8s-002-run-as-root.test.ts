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
      name: 'pod-level runAsNonRoot: false',
      code: header + '  securityContext:\n    runAsNonRoot: false\n  containers:\n  - name: web\n    image: web:1.0\n',
      findings: [
        {
          messageId: 'mayRunAsRoot', line: 9, column: 11,
          suggestions: [{
            output: header + '  securityContext:\n    runAsNonRoot: false\n  containers:\n  - name: web\n    image: web:1.0\n    securityContext:\n      runAsNonRoot: true\n',
          }],
        },
      ],
    },
    {
      name: 'container-level runAsNonRoot: false is replaced',
      code: header + '  containers:\n  - name: web\n    image: web:1.0\n    securityContext:\n      runAsNonRoot: false\n',
      findings: [
        {
          messageId: 'mayRunAsRoot', line: 7, column: 11,
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
      name: 'flow-style container: no edit offered',
      code: header + '  containers: [{name: web, image: "web:1.0"}]\n',
      findings: [{ messageId: 'mayRunAsRoot', line: 6, column: 23, endColumn: 26, suggestions: [] }],
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
