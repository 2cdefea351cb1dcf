import rule from '../../../rules/terraform/tf-501-provider-static-credentials';
import { ruleTester } from '../../helpers/rule-tester';

const secret = 'q8Zr1kV9bXl2mP4sT7wY0cN3fH6jD5gA1eR8uI2o';
const aws = (body: string) => `provider "aws" {\n  region = "eu-west-1"\n${body}}\n`;
const removeTitle = (name: string) => `Remove ${name} and authenticate from the environment`;

ruleTester(rule, {
  good: [
    { name: 'credentials from the environment', code: aws('') },
    { name: 'a profile and an assumed role', code: aws('  profile = "prod"\n\n  assume_role {\n    role_arn = "arn:aws:iam::123456789012:role/deploy"\n  }\n') },
    { name: 'variable without a value', code: aws('  secret_key = var.secret_key\n'), files: { 'variables.tf': 'variable "secret_key" {\n  sensitive = true\n}\n' } },
    { name: 'variable with an empty default', code: aws('  secret_key = var.secret_key\n'), files: { 'variables.tf': 'variable "secret_key" {\n  default = ""\n}\n' } },
    { name: 'placeholder', code: aws('  secret_key = "changeme"\n') },
    { name: 'read from a data source', code: aws('  token = data.vault_generic_secret.aws.data["token"]\n') },
    { name: 'google key file path', code: 'provider "google" {\n  project     = "p"\n  credentials = "account.json"\n}\n' },
    { name: 'google key read with file()', code: 'provider "google" {\n  credentials = file("account.json")\n}\n', files: { 'account.json': '{"type": "service_account", "private_key": "x"}' } },
    { name: 'kubernetes client certificate is public', code: 'provider "kubernetes" {\n  host               = "https://k8s.example.com"\n  client_certificate = "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUN5RENDQWJDZ0F3SUJBZ0lCQURBTkJna3Foa2lHOXcwQkFRc0ZBREFWTVJNd0VRWURWUVFERXdwcmRXSmwK"\n}\n' },
    { name: 'names that are no secret', code: 'provider "azurerm" {\n  features {}\n  subscription_id = "00000000-0000-0000-0000-000000000000"\n  client_id       = "11111111-1111-1111-1111-111111111111"\n  use_oidc        = true\n}\n' },
  ],
  bad: [
    {
      name: 'AWS keys written in the provider',
      code: aws(`  access_key = "AKIAZ7QXMPLR2TDV4WNB"\n  secret_key = "${secret}"\n`),
      findings: [
        { messageId: 'literal', line: 3, column: 16, endColumn: 38, suggestions: [{ title: removeTitle('access_key'), output: aws(`  secret_key = "${secret}"\n`) }] },
        { messageId: 'literal', line: 4, column: 16, endColumn: 58, suggestions: [{ title: removeTitle('secret_key'), output: aws('  access_key = "AKIAZ7QXMPLR2TDV4WNB"\n') }] },
      ],
    },
    {
      name: 'documented example keys are still keys in a provider block',
      code: aws('  access_key = "AKIAIOSFODNN7EXAMPLE"\n  secret_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"\n'),
      findings: [{ messageId: 'literal', line: 3, column: 16 }, { messageId: 'literal', line: 4, column: 16 }],
    },
    {
      name: 'from a variable default: reported at the use, related at the default',
      code: aws('  secret_key = var.secret_key\n'),
      files: { 'variables.tf': `variable "secret_key" {\n  default = "${secret}"\n}\n` },
      findings: [{ messageId: 'literal', line: 3, column: 16, endColumn: 30, related: ['variables.tf:2:13'] }],
    },
    {
      name: 'from terraform.tfvars',
      code: aws('  secret_key = var.secret_key\n'),
      files: { 'variables.tf': 'variable "secret_key" {}\n', 'terraform.tfvars': `secret_key = "${secret}"\n` },
      findings: [{ messageId: 'literal', line: 3, column: 16, related: ['terraform.tfvars:1:14'] }],
    },
    {
      name: 'azurerm client secret',
      code: 'provider "azurerm" {\n  features {}\n  client_id     = "11111111-1111-1111-1111-111111111111"\n  client_secret = "Xy7~Q8pLm2Nv4Rt6Wz9Ab1Cd3Ef5Gh7Jk9Mn0Pq"\n}\n',
      findings: [{ messageId: 'literal', line: 4, column: 19 }],
    },
    {
      name: 'google credentials JSON in a heredoc',
      code: 'provider "google" {\n  credentials = <<EOF\n{"type": "service_account", "private_key_id": "0a1b2c3d4e5f"}\nEOF\n}\n',
      trailingSpaceVariant: false,
      findings: [{ messageId: 'literal', line: 2, column: 17 }],
    },
    {
      name: 'google access token',
      code: 'provider "google" {\n  access_token = "ya29.a0AfH6SMBx3kL9qRtZ2vW8yN4pC7mE1sD5fG0hJ"\n}\n',
      findings: [{ messageId: 'literal', line: 2, column: 18 }],
    },
    {
      name: 'helm kubernetes block with a token',
      code: 'provider "helm" {\n  kubernetes {\n    host  = "https://k8s.example.com"\n    token = "eyJhbGciOiJSUzI1NiIsImtpZCI6IjEyMyJ9.payload"\n  }\n}\n',
      findings: [{ messageId: 'literal', line: 4, column: 13 }],
    },
    {
      name: 'helm 3 kubernetes object with a password',
      code: 'provider "helm" {\n  kubernetes = {\n    host     = "https://k8s.example.com"\n    password = "S3cure-Pa55w0rd!"\n  }\n}\n',
      findings: [{ messageId: 'literal', line: 4, column: 16 }],
    },
    {
      name: 'kubernetes provider token',
      code: 'provider "kubernetes" {\n  host  = "https://k8s.example.com"\n  token = "eyJhbGciOiJSUzI1NiIsImtpZCI6IjEyMyJ9.eyJzdWIiOiJjaSJ9.c2lnbmF0dXJl"\n}\n',
      findings: [{ messageId: 'literal', line: 3, column: 11, endColumn: 79 }],
    },
    {
      name: 'kubernetes provider client key and password',
      code:
        'provider "kubernetes" {\n  host       = "https://k8s.example.com"\n  username   = "admin"\n  password   = "S3cure-Pa55w0rd!"\n' +
        '  client_key = "LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQpNSUlFcEFJQkFBS0NBUUVBN2ZrYWdWd3p4c1FwT2tKb2xGa3lSbWhwTmc="\n}\n',
      findings: [
        { messageId: 'literal', line: 4, column: 16 },
        { messageId: 'literal', line: 5, column: 16 },
      ],
    },
    {
      name: 'aliased provider',
      code: `provider "aws" {\n  alias      = "us"\n  secret_key = "${secret}"\n}\n`,
      findings: [{ messageId: 'literal', line: 3, column: 16 }],
    },
    {
      name: 'JSON syntax',
      filename: 'providers.tf.json',
      code: `{\n  "provider": {\n    "aws": {\n      "region": "eu-west-1",\n      "secret_key": "${secret}"\n    }\n  }\n}\n`,
      findings: [{ messageId: 'literal', line: 5, column: 21 }],
    },
  ],
});
