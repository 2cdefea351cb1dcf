import rule from '../../../rules/terraform/tf-509-secret-token-in-file';
import { ruleTester } from '../../helpers/rule-tester';

const github = 'ghp_Zq3xY8kLm2Nv4Rt6Wz9Ab1Cd3Ef5Gh7Jk9Mn';
const instance = (script: string) => `resource "google_compute_instance" "app" {\n  name                    = "app"\n  metadata_startup_script = "${script}"\n}\n`;

ruleTester(rule, {
  good: [
    { name: 'no credential', code: instance('echo hello') },
    { name: 'documented example key', code: instance('export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE') },
    { name: 'a secret argument is judged by its own rules', code: `provider "github" {\n  token = "${github}"\n}\n` },
    { name: 'EC2 user data has a dedicated rule', code: `resource "aws_instance" "app" {\n  user_data = "export GITHUB_TOKEN=${github}"\n}\n` },
    {
      name: 'so do Lambda environment variables, in a dynamic block too',
      code: `resource "aws_lambda_function" "fn" {\n  dynamic "environment" {\n    for_each = [1]\n    content {\n      variables = { BOOT = "${github}" }\n    }\n  }\n}\n`,
    },
    { name: 'a secret member of an object argument too', code: `resource "x" "y" {\n  settings = {\n    api_token = "${github}"\n  }\n}\n` },
  ],
  bad: [
    {
      name: 'token in a startup script',
      code: instance(`export GITHUB_TOKEN=${github}`),
      findings: [{ messageId: 'token', line: 3, column: 50, endColumn: 90, severity: 'critical' }],
    },
    {
      name: 'AWS key id in a comment',
      code: `# old key: AKIAZ7QXMPLR2TDV4WNB\n${instance('echo hello')}`,
      findings: [{ messageId: 'token', line: 1, column: 12, endColumn: 32 }],
    },
    {
      name: 'private key in a heredoc',
      code: 'resource "local_file" "key" {\n  filename = "id_rsa"\n  content  = <<EOT\n-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA\nEOT\n}\n',
      trailingSpaceVariant: false,
      findings: [{ messageId: 'token', line: 4, column: 1 }],
    },
    {
      name: 'value in a tfvars file under a name that does not say so',
      filename: 'terraform.tfvars',
      code: `bootstrap = "${github}"\n`,
      findings: [{ messageId: 'token', line: 1, column: 14 }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: `{\n  "resource": {\n    "google_compute_instance": {\n      "app": { "metadata_startup_script": "export GITHUB_TOKEN=${github}" }\n    }\n  }\n}\n`,
      findings: [{ messageId: 'token', line: 4, column: 64 }],
    },
  ],
});
