import { defineRule } from '../api';
import { iamRule, leastPrivilege } from '../shared/aws-iam';
import { attributeOf, moduleFor, resourceInstances } from '../shared/terraform-evaluated';
import { headerAnchor } from '../shared/terraform-values';

/** Resources that exist only to give one user a policy. */
const userPolicyTypes = ['aws_iam_user_policy', 'aws_iam_user_policy_attachment'];

export default defineRule({
  id: 'TF-370',
  title: 'Grant IAM users permissions through groups, not policies of their own',
  ...iamRule('low', 'recommended', leastPrivilege('CIS Amazon Web Services Foundations Benchmark v3.0.0 1.15')),
  docs: {
    rationale:
      'Policies attached to or written into individual IAM users make each user a special case: permissions drift ' +
      'apart, are missed in access reviews and stay behind when the person changes role. Granting them through groups ' +
      '(or, better, IAM Identity Center permission sets) keeps who may do what in one reviewable place.',
    remediation: 'Put the user in a group (aws_iam_user_group_membership) and attach the policy to the group.',
    links: [
      { title: 'Attach policies to IAM groups', url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#use-groups-for-permissions' },
      { title: 'aws_iam_user_policy_attachment', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_user_policy_attachment' },
    ],
  },
  messages: {
    userPolicy: 'This gives a policy directly to an IAM user instead of a group.',
    usersInAttachment: 'This attachment gives the policy directly to IAM users instead of a group.',
  },
  examples: {
    bad: 'resource "aws_iam_user_policy_attachment" "alice" {\n  user       = aws_iam_user.alice.name\n  policy_arn = aws_iam_policy.deploy.arn\n}\n',
    good: 'resource "aws_iam_group_policy_attachment" "deployers" {\n  group      = aws_iam_group.deployers.name\n  policy_arn = aws_iam_policy.deploy.arn\n}\n',
  },
  check({ file, module, report }) {
    const project = moduleFor(file, module);
    for (const type of userPolicyTypes) {
      for (const view of resourceInstances(project, file, type)) report({ at: headerAnchor(file, view.block), messageId: 'userPolicy' });
    }
    for (const view of resourceInstances(project, file, 'aws_iam_policy_attachment')) {
      const users = attributeOf(view, 'users');
      if (users?.value.kind === 'list' && users.value.items.length > 0) report({ at: users.at, messageId: 'usersInAttachment', value: users.value });
    }
  },
});
