import rule from '../../../rules/kubernetes/k8s-041-secret-data-committed';
import { ruleTester } from '../../helpers/rule-tester';

const secret = (body: string) => 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ntype: Opaque\n' + body;

ruleTester(rule, {
  good: [
    { name: 'no data', code: secret('') },
    { name: 'empty and placeholder values', code: secret('stringData:\n  password: ""\n  token: changeme\n  apiKey: <your-api-key>\n') },
    { name: 'base64 of a placeholder', code: secret('data:\n  password: Y2hhbmdlbWU=\n') },
    { name: 'values substituted at deploy time', code: secret('stringData:\n  password: ${DB_PASSWORD}\n') },
    { name: 'only where and as whom', code: secret('stringData:\n  url: https://github.com/acme/app\n  username: deploy\n  type: git\n') },
    { name: 'a CA certificate', code: secret('data:\n  ca.crt: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t\n') },
    { name: 'a configuration file without credentials', code: secret('stringData:\n  scrape.yaml: |\n    - job_name: node\n      static_configs: [{targets: ["node:9100"]}]\n') },
    { name: 'a sealed secret', code: 'apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: db\nspec:\n  encryptedData:\n    password: AgBy3i4OJSWK+PiTySYZZA==\n' },
    { name: 'elided private key in documentation', code: secret('stringData:\n  sshPrivateKey: |\n    -----BEGIN OPENSSH PRIVATE KEY-----\n    ...\n    -----END OPENSSH PRIVATE KEY-----\n') },
  ],
  bad: [
    {
      name: 'password in stringData',
      code: secret('stringData:\n  username: app\n  password: s3cr3t-Pa55w0rd\n'),
      findings: [{ messageId: 'committed', line: 8, column: 13, endLine: 8, endColumn: 28, severity: 'high' }],
    },
    {
      name: 'base64 data with several values',
      code: secret('data:\n  host: ZGIuaW50ZXJuYWw=\n  password: czNjcjN0LVBhNTV3MHJk\n  api-key: OWY4ZTdkNmM1YjRhM2YyZQ==\n'),
      findings: [{ messageId: 'committedMany', line: 8, column: 13, endColumn: 33 }],
    },
    {
      name: 'GitHub token in the second document',
      code: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ci\n---\n' + secret('stringData:\n  token: "ghp_aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1dE3fG5"\n'),
      findings: [{ messageId: 'token', line: 12, column: 11, endColumn: 51, severity: 'critical' }],
    },
    {
      name: 'an item of a List',
      code: 'apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Secret\n  metadata: {name: db}\n  stringData: {password: hunter2hunter2}\n',
      findings: [{ messageId: 'committed', line: 7, column: 26, endColumn: 40 }],
    },
  ],
});
