import { defineRule } from '../api';
import { iamRule, resourcePolicyStatements } from '../shared/aws-iam';
import { moduleFor } from '../shared/terraform-evaluated';

export default defineRule({
  id: 'TF-368',
  title: 'Do not trust every AWS principal in role trust, key, repository and secret policies',
  ...iamRule('critical'),
  docs: {
    rationale:
      'A statement that allows Principal "*" (or {"AWS": "*"}) without a condition opens the resource to every AWS ' +
      'account: any account can assume the role, use or administer the KMS key, pull or push images of the ECR ' +
      'repository, or read the secret. Only a condition on aws:PrincipalOrgID, aws:PrincipalAccount, aws:SourceArn or ' +
      'the like narrows such a statement.',
    remediation: 'Name the accounts, roles or services that need access in Principal, or add a Condition that limits the statement to your organization or account.',
    links: [
      { title: 'AWS JSON policy elements: Principal', url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html' },
      { title: 'aws_iam_role', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_role#assume_role_policy' },
    ],
  },
  messages: {
    everyone: 'This statement allows every AWS principal ("*") without a condition.',
  },
  examples: {
    bad:
      'resource "aws_iam_role" "shared" {\n  name = "shared"\n  assume_role_policy = jsonencode({\n    Version = "2012-10-17"\n' +
      '    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = "*" } }]\n  })\n}\n',
    good:
      'resource "aws_iam_role" "shared" {\n  name = "shared"\n  assume_role_policy = jsonencode({\n    Version = "2012-10-17"\n' +
      '    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = "arn:aws:iam::111122223333:root" } }]\n  })\n}\n',
  },
  check({ file, module, report }) {
    for (const statement of resourcePolicyStatements(moduleFor(file, module), file)) {
      if (statement.allows !== true || statement.condition) continue;
      for (const entry of statement.principal?.entries ?? []) {
        if (entry.type !== '*' && entry.type !== 'AWS') continue;
        const everyone = entry.values.find((value) => value.text.trim() === '*');
        if (everyone) report({ at: everyone.range, messageId: 'everyone', value: everyone.value });
      }
    }
  },
});
