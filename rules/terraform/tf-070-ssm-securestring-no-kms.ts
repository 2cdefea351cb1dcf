import { asString, defineRule } from '../api';
import { customerKeyCheck, customerKeyRule } from '../shared/aws-data';

export default defineRule({
  id: 'TF-070',
  title: 'Encrypt SecureString parameters with a customer-managed KMS key',
  ...customerKeyRule(),
  docs: {
    rationale:
      'A SecureString parameter without key_id is encrypted with the AWS managed aws/ssm key: anyone allowed ssm:GetParameter with decryption by IAM reads it, the key policy cannot add a condition, and the parameter cannot be shared across accounts. A customer-managed key makes decrypting the parameter a permission of its own. The value is encrypted either way, which is why this is only in the strict preset.',
    remediation: 'Set key_id to a customer-managed KMS key whose policy lets the parameter\'s readers decrypt.',
    links: [
      { title: 'aws_ssm_parameter', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ssm_parameter#key_id' },
      { title: 'How Parameter Store uses AWS KMS', url: 'https://docs.aws.amazon.com/kms/latest/developerguide/services-parameter-store.html' },
    ],
  },
  messages: {
    empty: 'key_id is empty: this SecureString uses the AWS managed aws/ssm key.',
    missing: 'This SecureString parameter sets no key_id, so it is encrypted with the AWS managed aws/ssm key.',
  },
  examples: {
    bad: 'resource "aws_ssm_parameter" "main" {\n  name  = "/app/db_password"\n  type  = "SecureString"\n  value = random_password.db.result\n}\n',
    good: 'resource "aws_ssm_parameter" "main" {\n  name  = "/app/db_password"\n  type  = "SecureString"\n  value = random_password.db.result\n  key_id = aws_kms_key.main.arn\n}\n',
  },
  check: customerKeyCheck(['aws_ssm_parameter'], 'key_id', { insecure: 'empty', missing: 'missing' },
    {
      // Only SecureString parameters are encrypted; the type is required.
      absent: ({ resource }) => {
        const type = asString(resource.value('type'));
        return type === undefined ? 'unknown' : type === 'SecureString' ? 'insecure' : 'compliant';
      },
    }),
});
