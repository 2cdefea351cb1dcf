import { asNumber, defineRule } from '../api';
import { iamRule, passwordPolicy, passwordPolicyLink } from '../shared/aws-iam';
import { attributeCheck } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-371',
  title: 'Require IAM user passwords of at least 14 characters',
  ...iamRule('medium', 'recommended', passwordPolicy(), ['1.4']),
  docs: {
    rationale:
      'The account password policy sets the shortest console password IAM users may choose. Without ' +
      'minimum_password_length it is 6 characters, short enough to guess or crack; the CIS AWS Foundations Benchmark (v3.0.0 1.8) ' +
      'asks for 14.',
    remediation: 'Set minimum_password_length = 14 (or more) in aws_iam_account_password_policy.',
    links: [
      passwordPolicyLink,
      { title: 'Set an account password policy for IAM users', url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html' },
    ],
  },
  messages: {
    short: 'minimum_password_length = {{length}} is below {{minimum}}.',
    missing: 'minimum_password_length is not set, so IAM users may choose passwords of 6 characters.',
  },
  options: {
    minimumLength: {
      type: 'number',
      default: 14,
      integer: true,
      minimum: 6,
      description: 'Fewest characters an IAM user password must have.',
    },
  },
  examples: {
    bad: 'resource "aws_iam_account_password_policy" "strict" {\n  minimum_password_length = 8\n}\n',
    good: 'resource "aws_iam_account_password_policy" "strict" {\n  minimum_password_length = 14\n}\n',
  },
  check: attributeCheck({
    resources: ['aws_iam_account_password_policy'],
    path: 'minimum_password_length',
    compliant: (value, { options }) => {
      const length = asNumber(value);
      return length === undefined ? undefined : length >= (options.minimumLength as number);
    },
    // Provider and IAM default: 6.
    absent: 'insecure',
    data: (value, { options }) => ({ length: asNumber(value) ?? '', minimum: options.minimumLength as number }),
    messages: { insecure: 'short', missing: 'missing' },
    // Existing passwords stay valid; users must choose longer ones at the next change.
    remedy: { value: ({ options }) => options.minimumLength as number, title: 'Require longer passwords', kind: 'suggest' },
  }),
});
