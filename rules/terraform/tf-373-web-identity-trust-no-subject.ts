import { defineRule } from '../api';
import { iamRule, resourcePolicyStatements } from '../shared/aws-iam';
import { moduleFor } from '../shared/terraform-evaluated';

export default defineRule({
  id: 'TF-373',
  title: 'Limit web identity role trust to a subject (service account, repository)',
  ...iamRule('high', 'recommended', { iso27001: ['A.5.16', 'A.8.5'], nist80053: ['IA-9', 'IA-5'] }, ['1.2']),
  docs: {
    rationale:
      'A role that trusts an OpenID Connect provider (an EKS cluster issuer, GitHub Actions, GitLab) with ' +
      'sts:AssumeRoleWithWebIdentity and no condition on the token\'s sub claim can be assumed with any token that ' +
      'provider issues: every service account of the cluster, or every repository on GitHub, not just the workload it ' +
      'was made for. (Cognito identity pools, which are limited by aud and amr, are not reported.)',
    remediation:
      'Add a StringEquals (or StringLike) condition on "<issuer>:sub", e.g. system:serviceaccount:<namespace>:<name> ' +
      'or repo:<org>/<repo>:ref:refs/heads/main, beside the aud condition.',
    links: [
      {
        title: 'Assign IAM roles to Kubernetes service accounts',
        url: 'https://docs.aws.amazon.com/eks/latest/userguide/associate-service-account-role.html',
      },
      {
        title: 'Configuring a role for GitHub OIDC identity provider',
        url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp_oidc.html#idp_oidc_Create_GitHub',
      },
    ],
  },
  messages: {
    anySubject: 'Any identity of this OpenID Connect provider can assume the role: no condition names the token\'s sub.',
  },
  examples: {
    bad:
      'resource "aws_iam_role" "app" {\n  name = "app"\n  assume_role_policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n' +
      '      Effect    = "Allow"\n      Action    = "sts:AssumeRoleWithWebIdentity"\n      Principal = { Federated = aws_iam_openid_connect_provider.eks.arn }\n' +
      '    }]\n  })\n}\n',
    good:
      'resource "aws_iam_role" "app" {\n  name = "app"\n  assume_role_policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n' +
      '      Effect    = "Allow"\n      Action    = "sts:AssumeRoleWithWebIdentity"\n      Principal = { Federated = aws_iam_openid_connect_provider.eks.arn }\n' +
      '      Condition = { StringEquals = { "oidc.eks.eu-west-1.amazonaws.com/id/EXAMPLE:sub" = "system:serviceaccount:app:app" } }\n' +
      '    }]\n  })\n}\n',
  },
  check({ file, module, report }) {
    for (const statement of resourcePolicyStatements(moduleFor(file, module), file)) {
      if (statement.allows !== true || statement.condition?.unknown) continue;
      const webIdentity = statement.action?.values.find((a) => /^sts:AssumeRoleWithWebIdentity$/i.test(a.text.trim()));
      const federated = statement.principal?.entries.filter((entry) => entry.type === 'Federated') ?? [];
      if (!webIdentity || federated.length === 0) continue;
      if (federated.some((entry) => entry.values.some((v) => v.text.includes('cognito-identity.amazonaws.com')))) continue;
      const subjects = statement.condition?.entries.some((entry) => /:sub$/i.test(entry.variable.trim())) ?? false;
      if (!subjects) report({ at: webIdentity.range, messageId: 'anySubject', value: webIdentity.value });
    }
  },
});
