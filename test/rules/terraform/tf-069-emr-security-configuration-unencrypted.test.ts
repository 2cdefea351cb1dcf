import rule from '../../../rules/terraform/tf-069-emr-security-configuration-unencrypted';
import { ruleTester } from '../../helpers/rule-tester';

const heredoc = (json: string) => `resource "aws_emr_security_configuration" "main" {\n  name = "main"\n\n  configuration = <<EOF\n${json}\nEOF\n}\n`;
const encoded = (body: string) => `resource "aws_emr_security_configuration" "main" {\n  configuration = jsonencode({\n    EncryptionConfiguration = {\n${body}    }\n  })\n}\n`;
const full =
  '{"EncryptionConfiguration": {"EnableAtRestEncryption": true, "AtRestEncryptionConfiguration": {"S3EncryptionConfiguration": {"EncryptionMode": "SSE-S3"}, ' +
  '"LocalDiskEncryptionConfiguration": {"EncryptionKeyProviderType": "AwsKms", "AwsKmsKey": "arn:aws:kms:eu-west-1:111122223333:key/1"}}, "EnableInTransitEncryption": true}}';

ruleTester(rule, {
  good: [
    { name: 'everything encrypted', code: heredoc(full), trailingSpaceVariant: false },
    { name: 'document not known before apply', code: 'resource "aws_emr_security_configuration" "main" {\n  configuration = templatefile("sc.json", { key = aws_kms_key.emr.arn })\n}\n' },
    {
      name: 'key from another resource inside jsonencode: the document is unknown',
      code: encoded('      EnableAtRestEncryption    = true\n      EnableInTransitEncryption = var.transit\n'),
    },
  ],
  bad: [
    {
      name: 'both off in jsonencode: reported at each flag',
      code: encoded('      EnableAtRestEncryption    = false\n      EnableInTransitEncryption = false\n'),
      findings: [
        { messageId: 'atRestOff', line: 4, column: 35, endColumn: 40 },
        { messageId: 'inTransitOff', line: 5, column: 35, endColumn: 40 },
      ],
    },
    {
      name: 'at rest without local disks, transit flag missing',
      code: encoded('      EnableAtRestEncryption = true\n      AtRestEncryptionConfiguration = {\n        S3EncryptionConfiguration = { EncryptionMode = "SSE-S3" }\n      }\n'),
      findings: [
        { messageId: 'inTransitOff', line: 3, column: 31, endLine: 8, endColumn: 6 },
        { messageId: 'localDiskMissing', line: 5, column: 39, endLine: 7, endColumn: 8 },
      ],
    },
    {
      name: 'authentication only',
      trailingSpaceVariant: false,
      code: heredoc('{"AuthenticationConfiguration": {"KerberosConfiguration": {"Provider": "ClusterDedicatedKdc"}}}'),
      findings: [{ messageId: 'noEncryption', line: 4, column: 19, endLine: 6, endColumn: 4 }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_emr_security_configuration": {"main": {"configuration": "{\\"EncryptionConfiguration\\": {\\"EnableAtRestEncryption\\": false, \\"EnableInTransitEncryption\\": true}}"}}}}\n',
      findings: [{ messageId: 'atRestOff', line: 1, column: 76 }],
    },
  ],
});
