import rule from '../../../rules/kubernetes/k8s-006-image-not-digest-pinned';
import { ruleTester } from '../../helpers/rule-tester';

const digest = 'sha256:0a399eb16751829e1af26fea27b20c3ec28d7ab1fb72182879dcae1cca21206a';
const pod = (image: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: ${image}\n`;

ruleTester(rule, {
  good: [
    { name: 'digest', code: pod(`nginx@${digest}`) },
    { name: 'tag and digest', code: pod(`nginx:1.27.3@${digest}`) },
    { name: 'latest is K8S-005', code: pod('nginx:latest') },
    { name: 'no tag is K8S-005', code: pod('nginx') },
    { name: 'variable registry', code: pod('"${REGISTRY}/app:1.0"') },
    { name: 'variable tag', code: pod('app:$(VERSION)') },
  ],
  bad: [
    {
      name: 'tag without digest',
      code: pod('"registry.example.com:5000/team/app:1.4.2"'),
      findings: [{ messageId: 'noDigest', line: 8, column: 12, endColumn: 54, severity: 'low' }],
    },
    {
      name: 'init container of a Deployment',
      code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      initContainers:
      - name: migrate
        image: migrate:3.2
      containers:
      - name: web
        image: web@${digest}
`,
      findings: [{ messageId: 'noDigest', line: 10, column: 16, endColumn: 27 }],
    },
  ],
});

ruleTester(rule, {
  good: [],
  bad: [
    {
      name: 'terraform: tag from a tfvars file',
      filename: 'main.tf',
      code: `resource "kubernetes_job_v1" "migrate" {
  metadata {
    name = "migrate"
  }
  spec {
    template {
      metadata {}
      spec {
        container {
          name  = "migrate"
          image = var.image
        }
      }
    }
  }
}
`,
      files: { 'variables.tf': 'variable "image" {\n  default = "migrate:latest"\n}\n', 'terraform.tfvars': 'image = "registry.example.com/migrate:3.2"\n' },
      findings: [{ messageId: 'noDigest', line: 11, column: 19, endColumn: 28, severity: 'low', related: ['terraform.tfvars:1:9'] }],
    },
  ],
});
