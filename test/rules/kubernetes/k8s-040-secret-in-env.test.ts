import rule from '../../../rules/kubernetes/k8s-040-secret-in-env';
import { ruleTester } from '../../helpers/rule-tester';

const pod = (env: string) =>
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: api\nspec:\n  containers:\n  - name: api\n    image: api:1.2\n    env:\n' + env;

const job = (env: string) => `resource "kubernetes_job_v1" "migrate" {
  metadata {
    name = "migrate"
  }
  spec {
    template {
      metadata {}
      spec {
        container {
          name  = "migrate"
          image = "migrate:3.2"
          env {
            name  = "DB_PASSWORD"
            ${env}
          }
        }
      }
    }
  }
}
`;

ruleTester(rule, {
  good: [
    { name: 'secretKeyRef', code: pod('    - name: DB_PASSWORD\n      valueFrom:\n        secretKeyRef: {name: db, key: password}\n') },
    { name: 'non-secret names', code: pod('    - name: LOG_LEVEL\n      value: debug\n    - name: PASSWORD_FILE\n      value: /run/secrets/db\n') },
    { name: 'placeholder value', code: pod('    - name: API_TOKEN\n      value: changeme\n    - name: DB_PASSWORD\n      value: ""\n') },
    { name: 'names in capitals where a value goes', code: pod('    - name: GOOGLE_API_KEY\n      value: GOOGLE_API_KEY_VAL\n    - name: NGC_API_KEY\n      value: "nvapi-NVKEY"\n') },
    { name: 'dependent variable reference', code: pod('    - name: DB_PASSWORD\n      value: $(PASSWORD_FROM_SECRET)\n') },
    { name: 'boolean and path shapes', code: pod('    - name: USE_TOKEN\n      value: "true"\n    - name: SECRET\n      value: /etc/secret\n') },
    { name: 'env in a ConfigMap is not a container', code: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  env: |\n    DB_PASSWORD=hunter22\n' },
    { name: 'terraform: value_from', filename: 'main.tf', code: job('value_from {\n              secret_key_ref {\n                name = "db"\n                key  = "password"\n              }\n            }') },
    { name: 'terraform: value from a variable without a value', filename: 'main.tf', code: job('value = var.db_password'), files: { 'variables.tf': 'variable "db_password" {}\n' } },
  ],
  bad: [
    {
      name: 'literal password',
      code: pod('    - name: DB_PASSWORD\n      value: "s3cr3t-Pa55w0rd"\n'),
      findings: [{ messageId: 'secretValue', line: 11, column: 14, endLine: 11, endColumn: 31, severity: 'high' }],
    },
    {
      name: 'AWS key in an init container of a Deployment',
      code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: sync
spec:
  template:
    spec:
      initContainers:
      - name: fetch
        image: aws-cli:2.15
        env:
        - name: KEY
          value: AKIAZ7GHQ3XKQ2LWB4MP
      containers:
      - name: sync
        image: sync:1.0
`,
      findings: [{ messageId: 'token', line: 13, column: 18, endColumn: 38, severity: 'critical' }],
    },
    {
      name: 'password in a connection URL',
      code: pod('    - name: DATABASE_URL\n      value: "postgres://app:Xk29vLq@db:5432/app"\n'),
      findings: [{ messageId: 'urlCredential', line: 11, column: 30, endColumn: 37 }],
    },
    {
      name: 'second document of a multi-document file',
      code: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n---\n' + pod('    - name: apiKey\n      value: 9f8e7d6c5b4a3f2e1d0c\n'),
      findings: [{ messageId: 'secretValue', line: 16, column: 14, endColumn: 34 }],
    },
    {
      name: 'terraform: literal password',
      filename: 'main.tf',
      code: job('value = "s3cr3t-Pa55w0rd"'),
      findings: [{ messageId: 'secretValue', line: 14, column: 21, endColumn: 38 }],
    },
  ],
});
