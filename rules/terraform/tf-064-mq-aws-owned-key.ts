import { asBool, defineRule } from '../api';
import { customerKeyRule } from '../shared/aws-data';
import { attributeCheck } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-064',
  title: 'Encrypt Amazon MQ brokers with a KMS key in your account',
  ...customerKeyRule(),
  docs: {
    rationale:
      'Amazon MQ encrypts broker storage with an AWS-owned key unless encryption_options { use_aws_owned_key = false }: ' +
      'that key does not appear in your account, so its use cannot be audited in CloudTrail nor revoked. With false the ' +
      'broker uses kms_key_id, or the AWS managed aws/mq key. Messages are encrypted either way, which is why this is ' +
      'only in the strict preset.',
    remediation: 'Add encryption_options { use_aws_owned_key = false, kms_key_id = <key ARN> } (the broker is replaced).',
    links: [
      { title: 'aws_mq_broker', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/mq_broker#encryption_options' },
      { title: 'Encryption at rest in Amazon MQ', url: 'https://docs.aws.amazon.com/amazon-mq/latest/developer-guide/data-protection.html' },
    ],
  },
  messages: {
    awsOwned: 'use_aws_owned_key = true: this broker is encrypted with an AWS-owned key.',
    missing: 'This broker does not set encryption_options { use_aws_owned_key = false }, so it is encrypted with an AWS-owned key you cannot audit or revoke.',
  },
  examples: {
    bad: 'resource "aws_mq_broker" "events" {\n  broker_name = "events"\n  engine_type = "ActiveMQ"\n}\n',
    good:
      'resource "aws_mq_broker" "events" {\n  broker_name = "events"\n  engine_type = "ActiveMQ"\n\n  encryption_options {\n' +
      '    use_aws_owned_key = false\n    kms_key_id        = aws_kms_key.mq.arn\n  }\n}\n',
  },
  check: attributeCheck({
    resources: ['aws_mq_broker'],
    path: 'encryption_options.use_aws_owned_key',
    compliant: (value) => {
      const owned = asBool(value);
      return owned === undefined ? undefined : !owned;
    },
    // The block without the argument keeps the default, true.
    absent: 'insecure',
    messages: { insecure: 'awsOwned', missing: 'missing' },
  }),
});
