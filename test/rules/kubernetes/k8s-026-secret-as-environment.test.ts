import { beforeAll, describe, expect, it } from 'vitest';
import rule from '../../../rules/kubernetes/k8s-026-secret-as-environment';
import type { AnyRule } from '../../../server/src/engine/rule';
import { initParsers } from '../../../server/src/parsers';
import { lintWith, ruleTester } from '../../helpers/rule-tester';

const pod = (body: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: api\nspec:\n  containers:\n  - name: api\n    image: api:1.2\n${body}`;

ruleTester(rule, {
  good: [
    { name: 'Secret mounted as a file', code: pod('    volumeMounts:\n    - {name: db, mountPath: /run/secrets/db, readOnly: true}\n  volumes:\n  - name: db\n    secret: {secretName: api-db}\n') },
    { name: 'ConfigMap key and field references', code: pod('    env:\n    - name: MODE\n      valueFrom:\n        configMapKeyRef: {name: api, key: mode}\n    - name: POD_IP\n      valueFrom:\n        fieldRef: {fieldPath: status.podIP}\n') },
    { name: 'envFrom a ConfigMap', code: pod('    envFrom:\n    - configMapRef:\n        name: api\n') },
    { name: 'literal value (K8S-040)', code: pod('    env:\n    - name: MODE\n      value: production\n') },
  ],
  bad: [
    {
      name: 'secretKeyRef',
      code: pod('    env:\n    - name: DB_PASSWORD\n      valueFrom:\n        secretKeyRef:\n          name: api-db\n          key: password\n'),
      findings: [{ messageId: 'secretKey', line: 10, column: 13, endColumn: 24, severity: 'low' }],
    },
    {
      name: 'envFrom a Secret, in an init container',
      code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  template:
    spec:
      initContainers:
      - name: migrate
        image: api:1.2
        envFrom:
        - prefix: DB_
          secretRef: {name: api-db}
      containers:
      - name: api
        image: api:1.2
`,
      findings: [{ messageId: 'secretAll', line: 13, column: 29, endColumn: 35 }],
    },
  ],
});

ruleTester(rule, {
  good: [],
  bad: [
    {
      name: 'terraform: value_from.secret_key_ref and env_from.secret_ref',
      filename: 'main.tf',
      code: `resource "kubernetes_deployment_v1" "api" {
  metadata {
    name = "api"
  }
  spec {
    template {
      metadata {}
      spec {
        container {
          name  = "api"
          image = "api:1.2"
          env {
            name = "DB_PASSWORD"
            value_from {
              secret_key_ref {
                name = "api-db"
                key  = "password"
              }
            }
          }
          env_from {
            secret_ref {
              name = kubernetes_secret_v1.tokens.metadata[0].name
            }
          }
        }
      }
    }
  }
}
`,
      findings: [
        { messageId: 'secretKey', line: 13, column: 20, endColumn: 33 },
        { messageId: 'secretAll', line: 23, column: 22, endColumn: 66 },
      ],
    },
  ],
});

describe('messages', () => {
  beforeAll(async () => {
    await initParsers();
  });
  it('says "a Secret" when the name is known only after apply', () => {
    const code =
      'resource "kubernetes_pod_v1" "api" {\n  metadata {\n    name = "api"\n  }\n  spec {\n    container {\n      name  = "api"\n      image = "api:1.2"\n' +
      '      env {\n        name = "DB_USER"\n        value_from {\n          secret_key_ref {\n            name = kubernetes_secret_v1.db.metadata[0].name\n            key  = "user"\n          }\n        }\n      }\n    }\n  }\n}\n';
    expect(lintWith(rule as unknown as AnyRule, code, 'main.tf').findings.map((f) => f.message)).toEqual([
      'Environment variable "DB_USER" of container "api" holds key "user" of a Secret: mount the Secret as a file instead.',
    ]);
  });
});
