import rule from '../../../rules/kubernetes/k8s-022-image-pull-policy';
import { ruleTester } from '../../helpers/rule-tester';

const digest = 'sha256:0a399eb16751829e1af26fea27b20c3ec28d7ab1fb72182879dcae1cca21206a';
const pod = (image: string, policy: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: ${image}\n    imagePullPolicy: ${policy}\n`;

ruleTester(rule, {
  good: [
    { name: 'Always', code: pod('nginx:1.27', 'Always') },
    { name: 'no policy: the default', code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.27\n' },
    { name: 'IfNotPresent on a digest', code: pod(`nginx:1.27@${digest}`, 'IfNotPresent') },
    { name: 'Never on a digest', code: pod(`registry.example.com/app@${digest}`, 'Never') },
    { name: 'Never on a build tool artifact', code: pod('app:dev', 'Never') },
    { name: 'placeholder image', code: pod('"${IMAGE}"', 'IfNotPresent') },
    { name: 'templated policy', code: pod('nginx:1.27', '"{{ .Values.pullPolicy }}"') },
  ],
  bad: [
    {
      name: 'IfNotPresent on a version tag',
      code: pod('nginx:1.27', 'IfNotPresent'),
      findings: [
        {
          messageId: 'ifNotPresent',
          line: 9,
          column: 22,
          endColumn: 34,
          severity: 'low',
          suggestions: [{ title: 'Set imagePullPolicy to Always', output: pod('nginx:1.27', '"Always"') }],
        },
      ],
    },
    {
      name: 'IfNotPresent on latest',
      code: pod('registry.example.com/app:latest', '"IfNotPresent"'),
      findings: [{ messageId: 'ifNotPresent', line: 9, column: 22, endColumn: 36, severity: 'medium', suggestions: [{ output: pod('registry.example.com/app:latest', '"Always"') }] }],
    },
    { name: 'Never on a version tag', code: pod('ghcr.io/acme/app:2.1', 'Never'), findings: [{ messageId: 'never', line: 9, column: 22, endColumn: 27, severity: 'medium' }] },
    {
      name: 'init container of a StatefulSet',
      code: `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  template:
    spec:
      initContainers:
      - name: init
        image: busybox:1.37
        imagePullPolicy: IfNotPresent
      containers:
      - name: db
        image: postgres:17@${digest}
        imagePullPolicy: IfNotPresent
`,
      findings: [{ messageId: 'ifNotPresent', line: 11, column: 26, endColumn: 38 }],
    },
  ],
});

ruleTester(rule, {
  good: [],
  bad: [
    {
      name: 'terraform: image_pull_policy of a pod',
      filename: 'main.tf',
      code: 'resource "kubernetes_pod_v1" "web" {\n  metadata {\n    name = "web"\n  }\n  spec {\n    container {\n      name              = "web"\n      image             = "nginx:1.27"\n      image_pull_policy = "IfNotPresent"\n    }\n  }\n}\n',
      findings: [
        {
          messageId: 'ifNotPresent',
          line: 9,
          column: 27,
          endColumn: 41,
          suggestions: [
            {
              title: 'Set image_pull_policy to Always',
              output: 'resource "kubernetes_pod_v1" "web" {\n  metadata {\n    name = "web"\n  }\n  spec {\n    container {\n      name              = "web"\n      image             = "nginx:1.27"\n      image_pull_policy = "Always"\n    }\n  }\n}\n',
            },
          ],
        },
      ],
    },
  ],
});
