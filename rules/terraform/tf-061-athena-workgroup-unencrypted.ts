import { defineRule } from '../api';
import { customerKeyRule, namesKey } from '../shared/aws-data';
import { attributeCheck, mustBeTrue } from '../shared/terraform-attribute-check';

const encryption = attributeCheck({
  resources: ['aws_athena_workgroup'],
  path: 'configuration.result_configuration.encryption_configuration.encryption_option',
  compliant: namesKey,
  absent: 'insecure',
  messages: { insecure: 'missing', missing: 'missing' },
});

const enforced = attributeCheck({
  resources: ['aws_athena_workgroup'],
  ...mustBeTrue('configuration.enforce_workgroup_configuration'),
  // A suggestion: clients that set their own output location or encryption lose it.
  absent: 'compliant',
  messages: { insecure: 'notEnforced', missing: 'notEnforced' },
});

export default defineRule({
  id: 'TF-061',
  title: 'Encrypt Athena query results and enforce the workgroup settings',
  ...customerKeyRule(),
  severity: 'medium',
  docs: {
    rationale:
      'Athena writes every query result to S3. Without result_configuration { encryption_configuration } the workgroup ' +
      'does not ask for encryption, and the results get only the default encryption of the bucket (SSE-S3 for buckets ' +
      'created since 2023); with enforce_workgroup_configuration = false each client may choose its own output location ' +
      'and encryption, or none. Results are usually encrypted by the bucket anyway, which is why this is only in the ' +
      'strict preset.',
    remediation:
      'Add configuration { result_configuration { encryption_configuration { encryption_option = "SSE_KMS", kms_key_arn = ' +
      '... } } } and leave enforce_workgroup_configuration at its default, true.',
    links: [
      { title: 'aws_athena_workgroup', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/athena_workgroup#encryption_configuration' },
      { title: 'Encrypting Athena query results stored in Amazon S3', url: 'https://docs.aws.amazon.com/athena/latest/ug/encrypting-query-results-stored-in-s3.html' },
    ],
  },
  messages: {
    missing: 'This workgroup does not encrypt its query results (no encryption_configuration).',
    notEnforced: 'enforce_workgroup_configuration = false: clients may write query results without the workgroup\'s encryption.',
  },
  examples: {
    bad: 'resource "aws_athena_workgroup" "analytics" {\n  name = "analytics"\n}\n',
    good:
      'resource "aws_athena_workgroup" "analytics" {\n  name = "analytics"\n\n  configuration {\n    result_configuration {\n' +
      '      encryption_configuration {\n        encryption_option = "SSE_KMS"\n        kms_key_arn       = aws_kms_key.athena.arn\n      }\n    }\n  }\n}\n',
  },
  check(context) {
    encryption(context);
    enforced(context);
  },
});
