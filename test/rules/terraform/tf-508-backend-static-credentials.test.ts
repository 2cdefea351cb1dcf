import rule from '../../../rules/terraform/tf-508-backend-static-credentials';
import { ruleTester } from '../../helpers/rule-tester';

const backend = (type: string, body: string) => `terraform {\n  backend "${type}" {\n${body}  }\n}\n`;
const s3 = '    bucket = "acme-tfstate"\n    key    = "prod.tfstate"\n    region = "eu-west-1"\n';

ruleTester(rule, {
  good: [
    { name: 's3 with credentials from the environment', code: backend('s3', s3) },
    { name: 'key is the state path, not a secret', code: backend('azurerm', '    key = "prod.terraform.tfstate"\n    use_oidc = true\n') },
    { name: 'gcs key file path', code: backend('gcs', '    bucket      = "acme-tfstate"\n    credentials = "sa.json"\n') },
    { name: 'cloud without a token', code: 'terraform {\n  cloud {\n    organization = "acme"\n\n    workspaces {\n      name = "prod"\n    }\n  }\n}\n' },
  ],
  bad: [
    {
      name: 's3 keys',
      code: backend('s3', `${s3}    secret_key = "q8Zr1kV9bXl2mP4sT7wY0cN3fH6jD5gA1eR8uI2o"\n`),
      findings: [{
        messageId: 'literal', line: 6, column: 18, endColumn: 60,
        suggestions: [{ title: 'Remove secret_key and pass it at init time', output: backend('s3', s3) }],
      }],
    },
    {
      name: 'azurerm SAS token',
      code: backend('azurerm', '    storage_account_name = "sttfstate"\n    sas_token            = "sv=2022-11-02&ss=b&srt=co&sp=rwdlac&sig=Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA%3D"\n'),
      findings: [{ messageId: 'literal', line: 4, column: 28 }],
    },
    {
      name: 'cloud token',
      code: 'terraform {\n  cloud {\n    organization = "acme"\n    token        = "abcdefghijklmn.atlasv1.0123456789abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmno"\n  }\n}\n',
      findings: [{ messageId: 'literal', line: 4, column: 20 }],
    },
    {
      name: 'terraform_remote_state config',
      code: 'data "terraform_remote_state" "network" {\n  backend = "azurerm"\n  config = {\n    storage_account_name = "sttfstate"\n    access_key           = "bXlTdG9yYWdlS2V5VGhhdElzTG9uZ0Vub3VnaA=="\n  }\n}\n',
      findings: [{ messageId: 'literal', line: 5, column: 28, suggestions: [] }],
    },
    {
      name: 'http backend password',
      code: backend('http', '    address  = "https://state.example.com"\n    username = "ci"\n    password = "S3cure-Pa55w0rd!"\n'),
      findings: [{ messageId: 'literal', line: 5, column: 16 }],
    },
  ],
});
