import rule from '../../../rules/terraform/tf-064-mq-aws-owned-key';
import { ruleTester } from '../../helpers/rule-tester';

const broker = (body: string) => `resource "aws_mq_broker" "events" {\n  broker_name = "events"\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: 'key in the account', code: broker('  encryption_options {\n    use_aws_owned_key = false\n    kms_key_id        = aws_kms_key.mq.arn\n  }\n') },
    { name: 'not known before apply', code: broker('  encryption_options {\n    use_aws_owned_key = var.owned\n  }\n') },
  ],
  bad: [
    { name: 'no encryption options', code: broker(''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 34 }] },
    { name: 'AWS-owned key written out', code: broker('  encryption_options {\n    use_aws_owned_key = true\n  }\n'), findings: [{ messageId: 'awsOwned', line: 4, column: 25, endColumn: 29 }] },
    { name: 'block with a key but the default flag', code: broker('  encryption_options {\n    kms_key_id = aws_kms_key.mq.arn\n  }\n'), findings: [{ messageId: 'missing', line: 3, column: 3, endColumn: 21 }] },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_mq_broker": {"events": {"encryption_options": {"use_aws_owned_key": true}}}}}\n',
      findings: [{ messageId: 'awsOwned', line: 1, column: 88, endColumn: 92 }],
    },
  ],
});
