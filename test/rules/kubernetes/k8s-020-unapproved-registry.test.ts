import { describe } from 'vitest';
import rule from '../../../rules/kubernetes/k8s-020-unapproved-registry';
import type { AnyRule } from '../../../server/src/engine/rule';
import { withOptions } from '../../helpers/rule-options';
import { ruleTester } from '../../helpers/rule-tester';

const pod = (image: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: ${image}\n`;

ruleTester(rule, {
  good: [
    { name: 'ECR', code: pod('123456789012.dkr.ecr.eu-west-1.amazonaws.com/web/nginx:1.27.3') },
    { name: 'ECR dual-stack', code: pod('123456789012.dkr-ecr.eu-west-1.on.aws/web/nginx:1.27.3') },
    { name: 'ACR', code: pod('acmeregistry.azurecr.io/web:2.0') },
    { name: 'Artifact Registry', code: pod('europe-west1-docker.pkg.dev/acme/apps/web:2.0') },
    { name: 'gcr.io repository with a placeholder project', code: pod('gcr.io/PROJECT_ID/hello-app:1.0') },
    { name: 'variable placeholder', code: pod('$IMAGE') },
    { name: 'variable registry', code: pod('"${REGISTRY}/web:1.0"') },
    { name: 'placeholder registry', code: pod('<registry>/web:1.0') },
    { name: 'upper-case placeholder', code: pod('CONTAINER_IMAGE') },
    { name: 'build tool artifact name', code: pod('adservice') },
    { name: 'locally built image with a tag', code: pod('myapp:dev') },
    { name: 'unrendered template', code: pod('"{{ .Values.image }}"') },
    { name: 'patch without image', code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n' },
  ],
  bad: [
    {
      name: 'Docker Hub official image without a host',
      code: pod('nginx:1.27.3'),
      findings: [{ messageId: 'unapproved', line: 8, column: 12, endColumn: 24, severity: 'medium' }],
    },
    { name: 'GHCR', code: pod('ghcr.io/acme/web:1.0'), findings: [{ messageId: 'unapproved', line: 8, column: 12, endColumn: 32 }] },
    { name: 'Quay by digest', code: pod('"quay.io/prometheus/node-exporter@sha256:0a399eb16751829e1af26fea27b20c3ec28d7ab1fb72182879dcae1cca21206a"'), findings: [{ messageId: 'unapproved', line: 8 }] },
    { name: 'ECR Public is not approved by default', code: pod('public.ecr.aws/nginx/nginx:1.27'), findings: [{ messageId: 'unapproved', line: 8 }] },
    { name: 'a look-alike host', code: pod('123456789012.dkr.ecr.eu-west-1.amazonaws.com.evil.io/web:1'), findings: [{ messageId: 'unapproved', line: 8 }] },
    {
      name: 'init and ephemeral containers of a Deployment in the second document',
      code: `apiVersion: v1
kind: Namespace
metadata:
  name: web
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: web
spec:
  template:
    spec:
      initContainers:
      - name: migrate
        image: docker.io/acme/migrate:3
      containers:
      - name: web
        image: acme.azurecr.io/web:2
      ephemeralContainers:
      - {name: debug, image: 'busybox:1.37'}
`,
      findings: [
        { messageId: 'unapproved', line: 16, column: 16, endColumn: 40 },
        { messageId: 'unapproved', line: 21, column: 30, endColumn: 44 },
      ],
    },
    {
      name: 'pod template reached twice through an alias is reported once',
      code: `apiVersion: v1
kind: List
items:
- apiVersion: v1
  kind: Pod
  metadata:
    name: a
  spec: &spec
    containers:
    - name: web
      image: redis:7.4
- apiVersion: v1
  kind: Pod
  metadata:
    name: b
  spec: *spec
`,
      findings: [{ messageId: 'unapproved', line: 11, column: 14, endColumn: 23 }],
    },
  ],
});

describe('with a configured list', () => {
  const [configured] = withOptions([rule as unknown as AnyRule], { 'K8S-020': { registries: 'registry.acme.example, ghcr.io/acme/' } });
  ruleTester(configured as typeof rule, {
    good: [
      { name: 'own registry', code: pod('registry.acme.example/web:2.0') },
      { name: 'path prefix', code: pod('ghcr.io/acme/tools/web:1.0') },
    ],
    bad: [
      { name: 'another GHCR owner: high', code: pod('ghcr.io/other/web:1.0'), findings: [{ messageId: 'unapproved', line: 8, severity: 'high' }] },
      { name: 'a cloud registry not listed', code: pod('acme.azurecr.io/web:1'), findings: [{ messageId: 'unapproved', line: 8, severity: 'high' }] },
    ],
  });
});

const terraformPod = (image: string) =>
  `resource "kubernetes_pod_v1" "migrate" {\n  metadata {\n    name = "migrate"\n  }\n  spec {\n    container {\n      name  = "migrate"\n      image = ${image}\n    }\n  }\n}\n`;

ruleTester(rule, {
  good: [
    { name: 'terraform: ECR', filename: 'main.tf', code: terraformPod('"123456789012.dkr.ecr.eu-west-1.amazonaws.com/migrate:3"') },
    { name: 'terraform: image from a data source', filename: 'main.tf', code: terraformPod('data.aws_ecr_image.migrate.image_uri') },
  ],
  bad: [
    {
      name: 'terraform: Docker Hub image through a local',
      filename: 'main.tf',
      code: terraformPod('local.image') + 'locals {\n  image = "acme/migrate:3"\n}\n',
      findings: [{ messageId: 'unapproved', line: 8, column: 15, endColumn: 26 }],
    },
  ],
});
