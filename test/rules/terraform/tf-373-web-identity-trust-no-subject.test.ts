import rule from '../../../rules/terraform/tf-373-web-identity-trust-no-subject';
import { ruleTester } from '../../helpers/rule-tester';

const role = (extra: string, federated = 'aws_iam_openid_connect_provider.eks.arn') =>
  'resource "aws_iam_role" "app" {\n  assume_role_policy = jsonencode({\n    Statement = [{\n      Effect    = "Allow"\n' +
  `      Action    = "sts:AssumeRoleWithWebIdentity"\n      Principal = { Federated = ${federated} }\n${extra}    }]\n  })\n}\n`;

ruleTester(rule, {
  good: [
    { name: 'subject condition', code: role('      Condition = { StringEquals = { "oidc.eks.x.amazonaws.com/id/E:sub" = "system:serviceaccount:app:app" } }\n') },
    { name: 'GitHub repository with StringLike', code: role('      Condition = { StringLike = { "token.actions.githubusercontent.com:sub" = "repo:org/app:*" } }\n', '"arn:aws:iam::1:oidc-provider/token.actions.githubusercontent.com"') },
    { name: 'Cognito identity pool', code: role('      Condition = { StringEquals = { "cognito-identity.amazonaws.com:aud" = "eu-west-1:pool" } }\n', '"cognito-identity.amazonaws.com"') },
    {
      name: 'policy document with a sub condition',
      code: 'data "aws_iam_policy_document" "trust" {\n  statement {\n    actions = ["sts:AssumeRoleWithWebIdentity"]\n    principals {\n      type        = "Federated"\n      identifiers = [var.oidc_arn]\n    }\n    condition {\n      test     = "StringEquals"\n      variable = "${var.issuer}:sub"\n      values   = ["system:serviceaccount:app:app"]\n    }\n  }\n}\n',
    },
  ],
  bad: [
    {
      name: 'no condition',
      code: role(''),
      findings: [{ messageId: 'anySubject', line: 5, column: 19, endColumn: 50 }],
    },
    {
      name: 'audience only',
      code: role('      Condition = { StringEquals = { "token.actions.githubusercontent.com:aud" = "sts.amazonaws.com" } }\n', '"arn:aws:iam::1:oidc-provider/token.actions.githubusercontent.com"'),
      findings: [{ messageId: 'anySubject', line: 5, column: 19, endColumn: 50 }],
    },
  ],
});
