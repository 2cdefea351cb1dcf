import { describe, expect, it } from 'vitest';
import rule from '../../../rules/kubernetes/k8s-005-image-not-pinned';
import { parseImageReference } from '../../../rules/shared/image-reference';
import { ruleTester } from '../../helpers/rule-tester';

const digest = 'sha256:0a399eb16751829e1af26fea27b20c3ec28d7ab1fb72182879dcae1cca21206a';
const pod = (image: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: ${image}\n`;

describe('parseImageReference', () => {
  it.each([
    ['nginx', undefined, 'nginx', undefined, undefined],
    ['nginx:1.27', undefined, 'nginx', '1.27', undefined],
    ['localhost:5000/app', 'localhost:5000', 'app', undefined, undefined],
    ['localhost:5000/team/app:2.1', 'localhost:5000', 'team/app', '2.1', undefined],
    ['registry.example.com:443/app@' + digest, 'registry.example.com:443', 'app', undefined, digest],
    ['ghcr.io/org/app:v1.2.3@' + digest, 'ghcr.io', 'org/app', 'v1.2.3', digest],
    ['library/redis:7-alpine', undefined, 'library/redis', '7-alpine', undefined],
    ['localhost/app:dev', 'localhost', 'app', 'dev', undefined],
    ['REGION-docker.pkg.dev/PROJECT_ID/repo/app:latest', 'REGION-docker.pkg.dev', 'PROJECT_ID/repo/app', 'latest', undefined],
    ['gcr.io/<project>/app', 'gcr.io', '<project>/app', undefined, undefined],
  ])('%s', (raw, registry, repository, tag, parsedDigest) => {
    expect(parseImageReference(raw)).toMatchObject({ registry, repository, tag, digest: parsedDigest });
  });

  it('defaults the registry to docker.io', () => {
    expect(parseImageReference('nginx')?.domain).toBe('docker.io');
    expect(parseImageReference('GHCR.io/org/app:1')?.domain).toBe('ghcr.io');
  });

  it.each(['', 'nginx:', '$IMAGE_URL', 'app//x:1', 'app:$(TAG)', 'app:${TAG}', '{{ .Values.image }}', 'a b', 'app@sha256:short'])('rejects %j', (raw) => {
    expect(parseImageReference(raw)).toBeUndefined();
  });
});

ruleTester(rule, {
  good: [
    { name: 'digest', code: pod(`nginx@${digest}`) },
    { name: 'tag and digest', code: pod(`nginx:1.27.3@${digest}`) },
    { name: 'latest tag but pinned by digest', code: pod(`nginx:latest@${digest}`) },
    { name: 'registry port with digest', code: pod(`localhost:5000/app@${digest}`) },
    { name: 'container variable', code: pod('"registry.example.com/app:$(VERSION)"') },
    { name: 'shell-style variable', code: pod('"${REGISTRY}/app:1.0"') },
    { name: 'unrendered template in a valid string', code: pod('"{{ .Values.image }}"') },
    { name: 'tag without digest is for the strict preset', code: pod('"registry.example.com:5000/team/app:1.4.2"') },
    { name: 'variable placeholder', code: pod('$IMAGE') },
    { name: 'upper-case placeholder', code: pod('CONTAINER_IMAGE') },
    { name: 'angle-bracket placeholder', code: pod('<YOUR-CONTAINER>') },
    { name: 'angle-bracket url placeholder', code: pod('<image_url>') },
    { name: 'placeholder project in the path', code: pod('gcr.io/PROJECT_ID/hello-app') },
    { name: 'build tool artifact name', code: pod('adservice') },
    { name: 'latest as part of a longer tag', code: pod('app:latest-1') },
    { name: 'variable tag after latest-looking name', code: pod('app:$TAG') },
    { name: 'patch without image', code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n' },
    {
      name: 'docker-compose image is not linted',
      filename: 'compose.yaml',
      code: 'services:\n  web:\n    image: nginx:latest\n',
    },
  ],
  bad: [
    {
      name: 'latest tag',
      code: pod('nginx:latest'),
      findings: [{ messageId: 'latest', line: 8, column: 12, endLine: 8, endColumn: 24, severity: 'medium' }],
    },
    { name: 'no tag', code: pod('nginx'), findings: [{ messageId: 'noTag', line: 8, column: 12, endColumn: 17, severity: 'medium' }] },
    {
      name: 'registry port is not a tag',
      code: pod('localhost:5000/app'),
      findings: [{ messageId: 'noTag', line: 8, column: 12, endColumn: 30, severity: 'medium' }],
    },
    {
      name: 'latest with a variable registry',
      code: pod('$REGISTRY/team/app:latest'),
      findings: [{ messageId: 'latest', line: 8, column: 12, endColumn: 37 }],
    },
    {
      name: 'latest with a substituted registry and a placeholder path',
      code: pod('"${REGISTRY}/<project>/app:latest"'),
      findings: [{ messageId: 'latest', line: 8, column: 12, endColumn: 46 }],
    },
    {
      name: 'official image without a tag',
      code: pod('busybox'),
      findings: [{ messageId: 'noTag', line: 8, column: 12, endColumn: 19 }],
    },
    {
      name: 'init and ephemeral containers of a Pod',
      code: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  initContainers:
  - name: migrate
    image: registry.example.com/migrate
  containers:
  - name: web
    image: web@${digest}
  ephemeralContainers:
  - name: debug
    image: busybox:latest
`,
      findings: [
        { messageId: 'noTag', line: 8, column: 12, endColumn: 40 },
        { messageId: 'latest', line: 14, column: 12, endColumn: 26 },
      ],
    },
    {
      name: 'CronJob in the second document',
      code: `apiVersion: v1
kind: Namespace
metadata:
  name: jobs
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: backup
  namespace: jobs
spec:
  schedule: "@hourly"
  jobTemplate:
    spec:
      template:
        spec:
          containers:
          - {name: backup, image: 'backup:latest'}
`,
      findings: [{ messageId: 'latest', line: 18, column: 35, endColumn: 50 }],
    },
    {
      name: 'tabs after the value and a comment',
      code: pod('nginx\t# pinned later'),
      trailingSpaceVariant: false,
      findings: [{ messageId: 'noTag', line: 8, column: 12, endColumn: 17 }],
    },
  ],
});

const job = (image: string) => `resource "kubernetes_job_v1" "migrate" {
  metadata {
    name = "migrate"
  }
  spec {
    template {
      metadata {}
      spec {
        restart_policy = "Never"
        container {
          name  = "migrate"
          image = ${image}
        }
      }
    }
  }
}
`;

ruleTester(rule, {
  good: [
    { name: 'terraform: pinned by digest', filename: 'main.tf', code: job(`"registry.example.com/migrate:3.2@${digest}"`) },
    { name: 'terraform: image from a data source', filename: 'main.tf', code: job('data.aws_ecr_image.migrate.image_uri') },
    {
      name: 'terraform: image built from a variable without a value',
      filename: 'main.tf',
      code: job('"${var.registry}/migrate@${var.digest}"'),
      files: { 'variables.tf': 'variable "registry" {}\nvariable "digest" {}\n' },
    },
  ],
  bad: [
    { name: 'terraform: no tag', filename: 'main.tf', code: job('"ghcr.io/acme/migrate"'), findings: [{ messageId: 'noTag', line: 12, column: 19, endColumn: 41 }] },
    {
      name: 'terraform: latest through a template of known parts',
      filename: 'main.tf',
      code: job('"${local.registry}/migrate:latest"') + 'locals {\n  registry = "registry.example.com"\n}\n',
      findings: [{ messageId: 'latest', line: 12, column: 19, endColumn: 53 }],
    },
    {
      name: 'terraform: tag from a tfvars file',
      filename: 'main.tf',
      code: job('var.image'),
      files: { 'variables.tf': 'variable "image" {\n  default = "migrate:latest"\n}\n', 'terraform.tfvars': 'image = "registry.example.com/migrate"\n' },
      findings: [{ messageId: 'noTag', line: 12, column: 19, endColumn: 28, related: ['terraform.tfvars:1:9'] }],
    },
    {
      name: 'terraform: init_container of a replication controller',
      filename: 'main.tf',
      code: 'resource "kubernetes_replication_controller_v1" "legacy" {\n  metadata {\n    name = "legacy"\n  }\n  spec {\n    selector = { app = "legacy" }\n    template {\n      metadata {\n        labels = { app = "legacy" }\n      }\n      spec {\n        init_container {\n          name  = "seed"\n          image = "busybox:latest"\n        }\n        container {\n          name  = "legacy"\n          image = "legacy@' + digest + '"\n        }\n      }\n    }\n  }\n}\n',
      findings: [{ messageId: 'latest', line: 14, column: 19, endColumn: 35 }],
    },
  ],
});
