import { asBool, asString, defineRule } from '../api';
import { encryptionRule } from '../shared/aws-data';
import { attributeCheck } from '../shared/terraform-attribute-check';

const settings = 'data_catalog_encryption_settings';

const catalog = attributeCheck({
  resources: ['aws_glue_data_catalog_encryption_settings'],
  path: `${settings}.encryption_at_rest.catalog_encryption_mode`,
  compliant: (value) => {
    const mode = asString(value);
    return mode === undefined ? undefined : mode.toUpperCase() !== 'DISABLED';
  },
  // Both blocks and arguments are required by the provider.
  absent: 'compliant',
  messages: { insecure: 'catalogDisabled', missing: 'catalogDisabled' },
});

const passwords = attributeCheck({
  resources: ['aws_glue_data_catalog_encryption_settings'],
  path: `${settings}.connection_password_encryption.return_connection_password_encrypted`,
  compliant: (value) => asBool(value),
  absent: 'compliant',
  messages: { insecure: 'passwordsPlain', missing: 'passwordsPlain' },
  // A suggestion: callers of GetConnection then need kms:Decrypt on the key to read passwords.
  remedy: { value: true, title: 'Encrypt connection passwords', kind: 'suggest' },
});

export default defineRule({
  id: 'TF-043',
  title: 'Encrypt the Glue Data Catalog and its connection passwords',
  ...encryptionRule('medium'),
  requirements: ['3.1', '3.3'],
  docs: {
    rationale:
      'The Glue Data Catalog holds table definitions, locations and the connections jobs use, passwords included. With ' +
      'catalog_encryption_mode = "DISABLED" its metadata is stored without KMS encryption, and with ' +
      'return_connection_password_encrypted = false GetConnection returns connection passwords in clear text to anyone ' +
      'who may describe connections.',
    remediation:
      'Set catalog_encryption_mode = "SSE-KMS" (with sse_aws_kms_key_id) and return_connection_password_encrypted = true ' +
      '(with aws_kms_key_id).',
    links: [
      { title: 'aws_glue_data_catalog_encryption_settings', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/glue_data_catalog_encryption_settings' },
      { title: 'Encrypting your Data Catalog', url: 'https://docs.aws.amazon.com/glue/latest/dg/encrypt-glue-data-catalog.html' },
    ],
  },
  messages: {
    catalogDisabled: 'catalog_encryption_mode = "DISABLED": the Data Catalog metadata is not encrypted with KMS.',
    passwordsPlain: 'return_connection_password_encrypted = false: connection passwords are returned in clear text.',
  },
  examples: {
    bad:
      'resource "aws_glue_data_catalog_encryption_settings" "main" {\n  data_catalog_encryption_settings {\n    connection_password_encryption {\n' +
      '      return_connection_password_encrypted = false\n    }\n\n    encryption_at_rest {\n      catalog_encryption_mode = "DISABLED"\n    }\n  }\n}\n',
    good:
      'resource "aws_glue_data_catalog_encryption_settings" "main" {\n  data_catalog_encryption_settings {\n    connection_password_encryption {\n' +
      '      aws_kms_key_id                       = aws_kms_key.glue.arn\n      return_connection_password_encrypted = true\n    }\n\n' +
      '    encryption_at_rest {\n      catalog_encryption_mode = "SSE-KMS"\n      sse_aws_kms_key_id      = aws_kms_key.glue.arn\n    }\n  }\n}\n',
  },
  check(context) {
    catalog(context);
    passwords(context);
  },
});
