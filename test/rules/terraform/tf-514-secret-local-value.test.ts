import rule from '../../../rules/terraform/tf-514-secret-local-value';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(rule, {
  good: [
    { name: 'generated', code: 'locals {\n  db_password = random_password.db.result\n}\n' },
    { name: 'placeholder', code: 'locals {\n  db_password = "changeme"\n}\n' },
    { name: 'a name of a secret', code: 'locals {\n  db_password_secret_name = "prod/db/password"\n}\n' },
    { name: 'from a variable', code: 'locals {\n  api_token = var.token\n}\n', files: { 'variables.tf': 'variable "token" {\n  default = "tok_9f8e7d6c5b4a3210"\n}\n' } },
    { name: 'no secret name', code: 'locals {\n  region = "eu-west-1"\n}\n' },
  ],
  bad: [
    {
      name: 'literal password',
      code: 'locals {\n  db_password = "Pr0d-Passw0rd!"\n}\n',
      findings: [{ messageId: 'literal', line: 2, column: 17, endColumn: 33 }],
    },
    {
      name: 'template of literals',
      code: 'locals {\n  api_token = "tok_${"9f8e7d6c5b4a3210"}"\n}\n',
      findings: [{ messageId: 'literal', line: 2, column: 15 }],
    },
    {
      name: 'JSON syntax',
      filename: 'locals.tf.json',
      code: '{\n  "locals": { "client_secret": "Xy7~Q8pLm2Nv4Rt6Wz9Ab1Cd3Ef5Gh7Jk9Mn0Pq" }\n}\n',
      findings: [{ messageId: 'literal', line: 2, column: 32 }],
    },
  ],
});
