import rule from '../../../rules/terraform/tf-502-secret-variable-default';
import { ruleTester } from '../../helpers/rule-tester';

const variable = (name: string, body: string) => `variable "${name}" {\n  type = string\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: 'no default', code: variable('db_password', '  sensitive = true\n') },
    { name: 'empty default', code: variable('db_password', '  default = ""\n') },
    { name: 'null default', code: variable('db_password', '  default = null\n') },
    { name: 'placeholder default', code: variable('api_token', '  default = "changeme"\n') },
    { name: 'a name that only mentions a secret', code: variable('db_password_secret_name', '  default = "prod/db/password"\n') },
    { name: 'a path to the secret', code: variable('client_secret', '  default = "/run/secrets/client"\n') },
    { name: 'a flag', code: 'variable "create_password" {\n  type    = bool\n  default = true\n}\n' },
    { name: 'a length', code: 'variable "password_length" {\n  default = 24\n}\n' },
    { name: 'no secret name', code: variable('region', '  default = "eu-west-1"\n') },
    { name: 'tfvars placeholder', filename: 'terraform.tfvars', code: 'db_password = "<set me>"\nregion = "eu-west-1"\n' },
  ],
  bad: [
    {
      name: 'literal default',
      code: variable('db_password', '  default = "Pr0d-Passw0rd!"\n'),
      findings: [{ messageId: 'defaultValue', line: 3, column: 13, endColumn: 29, suggestions: [{ title: 'Remove the default', output: variable('db_password', '') }] }],
    },
    {
      name: 'sensitive does not make a written default secret',
      code: variable('client_secret', '  sensitive = true\n  default   = "Xy7~Q8pLm2Nv4Rt6Wz9Ab1Cd3Ef5Gh7Jk9Mn0Pq"\n'),
      findings: [{ messageId: 'defaultValue', line: 4, column: 15 }],
    },
    {
      name: 'heredoc default',
      code: 'variable "ssh_private_key" {\n  default = <<EOT\n-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\nEOT\n}\n',
      trailingSpaceVariant: false,
      findings: [{ messageId: 'defaultValue', line: 2, column: 13 }],
    },
    {
      name: 'value in terraform.tfvars',
      filename: 'terraform.tfvars',
      code: 'region      = "eu-west-1"\ndb_password = "Pr0d-Passw0rd!"\n',
      findings: [{ messageId: 'tfvarsValue', line: 2, column: 15, endColumn: 31 }],
    },
    {
      name: 'JSON syntax',
      filename: 'variables.tf.json',
      code: '{\n  "variable": {\n    "api_token": { "type": "string", "default": "tok_9f8e7d6c5b4a3210" }\n  }\n}\n',
      findings: [{ messageId: 'defaultValue', line: 3, column: 49 }],
    },
  ],
});
