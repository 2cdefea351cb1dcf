import { asNumber, defineRule } from '../api';
import { iamRule, passwordPolicy, passwordPolicyLink } from '../shared/aws-iam';
import { attributeCheck } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-372',
  title: 'Prevent IAM users from reusing their recent passwords',
  ...iamRule('medium', 'recommended', passwordPolicy(), ['1.4']),
  docs: {
    rationale:
      'Without password_reuse_prevention IAM users may set a password they used before, including one that has ' +
      'leaked, as soon as a change is asked of them. The CIS AWS Foundations Benchmark (v3.0.0 1.9) asks to remember the last 24.',
    remediation: 'Set password_reuse_prevention = 24 in aws_iam_account_password_policy.',
    links: [
      passwordPolicyLink,
      { title: 'Set an account password policy for IAM users', url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html' },
    ],
  },
  messages: {
    few: 'password_reuse_prevention = {{count}} remembers fewer than {{minimum}} previous passwords.',
    missing: 'password_reuse_prevention is not set, so IAM users may reuse any previous password.',
  },
  options: {
    minimumRemembered: {
      type: 'number',
      default: 24,
      integer: true,
      minimum: 1,
      description: 'Fewest previous passwords an IAM user may not reuse (IAM allows at most 24).',
    },
  },
  examples: {
    bad: 'resource "aws_iam_account_password_policy" "strict" {\n  minimum_password_length = 14\n}\n',
    good: 'resource "aws_iam_account_password_policy" "strict" {\n  minimum_password_length   = 14\n  password_reuse_prevention = 24\n}\n',
  },
  check: attributeCheck({
    resources: ['aws_iam_account_password_policy'],
    path: 'password_reuse_prevention',
    compliant: (value, { options }) => {
      const count = asNumber(value);
      return count === undefined ? undefined : count >= (options.minimumRemembered as number);
    },
    absent: 'insecure',
    data: (value, { options }) => ({ count: asNumber(value) ?? '', minimum: options.minimumRemembered as number }),
    messages: { insecure: 'few', missing: 'missing' },
    remedy: { value: ({ options }) => options.minimumRemembered as number, title: 'Prevent password reuse', kind: 'suggest' },
  }),
});
