import rule from '../../../rules/kubernetes/k8s-041-secret-data-committed';
import { ruleTester } from '../../helpers/rule-tester';

const secret = (body: string) => 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ntype: Opaque\n' + body;

const tfSecret = (body: string, type = 'kubernetes_secret_v1', extra = '') =>
  `resource "${type}" "db" {\n${extra}  metadata {\n    name = "db"\n  }\n${body}}\n`;
const tfData = (entries: string) => `  data = {\n${entries}  }\n`;

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
    { name: 'terraform: values from a variable without a value', filename: 'main.tf', code: tfSecret(tfData('    password = var.db_password\n')), files: { 'variables.tf': 'variable "db_password" {\n  sensitive = true\n}\n' } },
    { name: 'terraform: a generated password', filename: 'main.tf', code: tfSecret(tfData('    password = random_password.db.result\n')) },
    { name: 'terraform: data from an unknown map', filename: 'main.tf', code: tfSecret('  data = var.secret_data\n') },
    { name: 'terraform: write-only data_wo from an ephemeral resource', filename: 'main.tf', code: tfSecret('  data_wo = {\n    password = ephemeral.vault_kv_secret_v2.db.data["password"]\n  }\n  data_wo_revision = 1\n') },
    { name: 'terraform: placeholder', filename: 'main.tf', code: tfSecret(tfData('    password = "changeme"\n')) },
    { name: 'terraform: count = 0', filename: 'main.tf', code: tfSecret(tfData('    password = "P4ssw0rd-Zq81x"\n'), 'kubernetes_secret_v1', '  count = 0\n') },
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
    {
      name: 'terraform: password in data of kubernetes_secret_v1',
      filename: 'main.tf',
      code: tfSecret(tfData('    username = "admin"\n    password = "P4ssw0rd-Zq81x"\n')),
      findings: [{ messageId: 'committed', line: 7, column: 16, endLine: 7, endColumn: 32, severity: 'high' }],
    },
    {
      name: 'terraform: token in binary_data of kubernetes_secret (base64)',
      filename: 'main.tf',
      code: tfSecret('  binary_data = {\n    token = "Z2hwX2FCY0RlRmdIaUprTG1Ob1BxUnNUdVZ3WHlaMDEyMzQ1Njc4OQ=="\n  }\n', 'kubernetes_secret'),
      findings: [{ messageId: 'token', line: 6, column: 13, endColumn: 71 }],
    },
    {
      name: 'terraform: token in plain data, reported at the token',
      filename: 'main.tf',
      code: tfSecret(tfData('    github = "token=ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789"\n')),
      findings: [{ messageId: 'token', line: 6, column: 21, endColumn: 61 }],
    },
    {
      name: 'terraform: from a variable default, reported at the use',
      filename: 'main.tf',
      code: tfSecret(tfData('    password = var.db_password\n')),
      files: { 'variables.tf': 'variable "db_password" {\n  default = "P4ssw0rd-Zq81x"\n}\n' },
      findings: [{ messageId: 'committed', line: 6, column: 16, endColumn: 31 }],
    },
    {
      name: 'terraform: JSON syntax',
      filename: 'main.tf.json',
      code: JSON.stringify({ resource: { kubernetes_secret_v1: { db: { metadata: { name: 'db' }, data: { password: 'P4ssw0rd-Zq81x' } } } } }, null, 2),
      findings: [{ messageId: 'committed', line: 9, column: 23, endColumn: 39 }],
    },
    {
      name: 'terraform: stringData of a kubernetes_manifest Secret',
      filename: 'main.tf',
      code:
        'resource "kubernetes_manifest" "db" {\n  manifest = {\n    apiVersion = "v1"\n    kind       = "Secret"\n    metadata = {\n      name = "db"\n    }\n' +
        '    stringData = {\n      password = "P4ssw0rd-Zq81x"\n    }\n  }\n}\n',
      findings: [{ messageId: 'committed', line: 9, column: 18, endColumn: 34 }],
    },
  ],
});
