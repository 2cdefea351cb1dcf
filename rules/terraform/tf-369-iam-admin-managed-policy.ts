import { asString, defineRule } from '../api';
import { iamRule, leastPrivilege } from '../shared/aws-iam';
import { attributeOf, itemsOf, moduleFor, resourceInstances, type Located } from '../shared/terraform-evaluated';

/** AWS managed policies that amount to administrator access or to control over IAM. */
const adminPolicy = /^arn:aws[a-z-]*:iam::aws:policy\/(AdministratorAccess|PowerUserAccess|IAMFullAccess)$/;

/** Attachment resources and the argument that names the policies, one ARN or a list. */
const attachments: readonly (readonly [string, string, 'one' | 'list'])[] = [
  ['aws_iam_role_policy_attachment', 'policy_arn', 'one'],
  ['aws_iam_user_policy_attachment', 'policy_arn', 'one'],
  ['aws_iam_group_policy_attachment', 'policy_arn', 'one'],
  ['aws_iam_policy_attachment', 'policy_arn', 'one'],
  ['aws_iam_role', 'managed_policy_arns', 'list'],
  ['aws_iam_role_policy_attachments_exclusive', 'policy_arns', 'list'],
  ['aws_iam_user_policy_attachments_exclusive', 'policy_arns', 'list'],
  ['aws_iam_group_policy_attachments_exclusive', 'policy_arns', 'list'],
];

export default defineRule({
  id: 'TF-369',
  title: 'Do not attach the AdministratorAccess, PowerUserAccess or IAMFullAccess managed policies',
  ...iamRule('high', 'recommended', leastPrivilege('CIS Amazon Web Services Foundations Benchmark v3.0.0 1.16')),
  docs: {
    rationale:
      'AdministratorAccess allows every action on every resource; PowerUserAccess every action outside IAM and ' +
      'Organizations, and IAMFullAccess lets its holder grant itself everything else. A user, group or role with one of ' +
      'them attached can read every secret and delete every resource of the account, so a stolen credential or a ' +
      'compromised workload is a compromised account.',
    remediation:
      'Attach a policy that lists what the role or group needs (a job-function policy such as ReadOnlyAccess, or a ' +
      'customer-managed policy); keep administrator access behind IAM Identity Center permission sets with MFA.',
    links: [
      { title: 'AWS managed policies for job functions', url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_job-functions.html' },
      { title: 'aws_iam_role_policy_attachment', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_role_policy_attachment' },
    ],
  },
  messages: {
    adminPolicy: 'This attaches {{policy}}, which grants (or can grant itself) administrator access.',
  },
  examples: {
    bad: 'resource "aws_iam_role_policy_attachment" "ci" {\n  role       = aws_iam_role.ci.name\n  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"\n}\n',
    good: 'resource "aws_iam_role_policy_attachment" "ci" {\n  role       = aws_iam_role.ci.name\n  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"\n}\n',
  },
  check({ file, module, report }) {
    const project = moduleFor(file, module);
    const inspect = (arn: Located) => {
      const match = adminPolicy.exec(asString(arn.value)?.trim() ?? '');
      // No edit: which permissions the principal needs is not in the configuration.
      if (match) report({ at: arn.at, messageId: 'adminPolicy', data: { policy: match[1] }, value: arn.value });
    };
    for (const [type, argument, shape] of attachments) {
      for (const view of resourceInstances(project, file, type)) {
        const value = attributeOf(view, argument);
        if (!value) continue;
        if (shape === 'one') inspect(value);
        else (itemsOf(value) ?? []).forEach(inspect);
      }
    }
  },
});
