import { defineRule } from '../api';
import { iamRule, identityPolicyStatements, leastPrivilege, onEveryResource } from '../shared/aws-iam';
import { moduleFor } from '../shared/terraform-evaluated';

/**
 * IAM actions that let whoever holds them give themselves more permissions when allowed on every
 * resource: new policy versions, attaching or writing policies, credentials for other users,
 * trust policy changes and passing any role to a service.
 */
const escalationActions = [
  'iam:CreatePolicyVersion',
  'iam:SetDefaultPolicyVersion',
  'iam:AttachUserPolicy',
  'iam:AttachGroupPolicy',
  'iam:AttachRolePolicy',
  'iam:PutUserPolicy',
  'iam:PutGroupPolicy',
  'iam:PutRolePolicy',
  'iam:AddUserToGroup',
  'iam:CreateAccessKey',
  'iam:CreateLoginProfile',
  'iam:UpdateLoginProfile',
  'iam:UpdateAssumeRolePolicy',
  'iam:PassRole',
];

/**
 * Whether an IAM action pattern (`*` any run, `?` one character, case-insensitive) matches the
 * action name: a two-pointer wildcard match, which stays linear on what a policy can hold.
 */
export function actionMatches(pattern: string, action: string): boolean {
  const p = pattern.toLowerCase();
  const a = action.toLowerCase();
  let i = 0;
  let j = 0;
  let star = -1;
  let resume = 0;
  while (j < a.length) {
    if (i < p.length && (p[i] === '?' || p[i] === a[j])) {
      i += 1;
      j += 1;
    } else if (i < p.length && p[i] === '*') {
      star = i;
      resume = j;
      i += 1;
    } else if (star >= 0) {
      i = star + 1;
      resume += 1;
      j = resume;
    } else {
      return false;
    }
  }
  while (i < p.length && p[i] === '*') i += 1;
  return i === p.length;
}

/** Full and service-wide wildcards are TF-007's. */
const isWholeWildcard = (action: string) => action === '*' || /^[a-z0-9-]+:\*$/i.test(action);

export default defineRule({
  id: 'TF-367',
  title: 'Do not allow IAM privilege-escalation actions on all resources',
  ...iamRule('high', 'recommended', leastPrivilege('CIS Amazon Web Services Foundations Benchmark v3.0.0 1.16')),
  docs: {
    rationale:
      'An identity policy that allows iam:CreatePolicyVersion, iam:Attach*Policy, iam:Put*Policy, iam:CreateAccessKey, ' +
      'iam:UpdateAssumeRolePolicy, iam:PassRole or similar actions on "*" without a condition lets its holder grant ' +
      'itself any permission: write an administrator policy, create keys for another user, or pass an administrator ' +
      'role to a Lambda function or an EC2 instance it controls.',
    remediation:
      'Scope these actions to the ARNs they are meant for (the roles a service may be passed, a path of users) and add ' +
      'conditions such as iam:PassedToService or iam:PermissionsBoundary.',
    links: [
      { title: 'Granting a user permissions to pass a role', url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html' },
      { title: 'Security best practices in IAM', url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege' },
      { title: 'aws_iam_policy_document', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/iam_policy_document' },
    ],
  },
  messages: {
    escalation: '"{{action}}" on every resource lets the holder escalate its privileges ({{grants}}).',
  },
  examples: {
    bad:
      'resource "aws_iam_policy" "deployer" {\n  name = "deployer"\n  policy = jsonencode({\n    Version = "2012-10-17"\n' +
      '    Statement = [{ Effect = "Allow", Action = ["iam:PassRole"], Resource = "*" }]\n  })\n}\n',
    good:
      'resource "aws_iam_policy" "deployer" {\n  name = "deployer"\n  policy = jsonencode({\n    Version = "2012-10-17"\n' +
      '    Statement = [{ Effect = "Allow", Action = ["iam:PassRole"], Resource = "arn:aws:iam::111122223333:role/app-task" }]\n  })\n}\n',
  },
  check({ file, module, report }) {
    for (const statement of identityPolicyStatements(moduleFor(file, module), file)) {
      // A condition (iam:PassedToService, a permissions boundary) may be what limits the grant.
      if (statement.allows !== true || statement.principal || statement.notPrincipal || statement.condition) continue;
      if (!onEveryResource(statement)) continue;
      for (const action of statement.action?.values ?? []) {
        const text = action.text.trim();
        if (isWholeWildcard(text)) continue;
        const grants = escalationActions.filter((name) => actionMatches(text, name));
        if (grants.length === 0) continue;
        const shown = grants.length > 3 ? `${grants.slice(0, 3).join(', ')}, ...` : grants.join(', ');
        report({ at: action.range, messageId: 'escalation', data: { action: text, grants: shown }, value: action.value });
      }
    }
  },
});
