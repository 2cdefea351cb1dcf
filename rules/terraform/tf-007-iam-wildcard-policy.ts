import { defineRule, type PolicyStatement } from '../api';
import { identityPolicyStatements } from '../shared/aws-iam';
import { moduleFor } from '../shared/terraform-evaluated';

const isFullWildcard = (action: string) => action === '*' || action === '*:*';
const isServiceWildcard = (action: string) => /^[a-z0-9-]+:\*$/i.test(action);

export default defineRule({
  id: 'TF-007',
  title: 'Do not grant all actions on all resources in IAM policies',
  target: 'terraform',
  severity: 'critical',
  preset: 'recommended',
  requirements: ['1.3'],
  frameworks: {
    iso27001: ['A.8.2', 'A.5.15'],
    nist80053: ['AC-6', 'AC-3'],
    cis: ['CIS Amazon Web Services Foundations Benchmark v3.0.0 1.16'],
  },
  docs: {
    rationale:
      'A statement that allows "*" on "*" (or NotAction with Allow) is administrator access: whoever holds the policy can read ' +
      'every secret, change IAM and erase logs. A whole-service wildcard such as "s3:*" or "kms:*" on every resource grants ' +
      'deletion, policy changes and key use far beyond what a workload needs.',
    remediation:
      'List the actions the workload calls and the ARNs it calls them on; use AWS managed job-function policies or IAM Access ' +
      'Analyzer policy generation to start from what is actually used.',
    links: [
      { title: 'IAM JSON policy elements', url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements.html' },
      { title: 'Security best practices in IAM', url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege' },
      {
        title: 'aws_iam_policy_document',
        url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/iam_policy_document',
      },
    ],
  },
  messages: {
    fullAccess: 'This statement allows "{{action}}" on every resource: full administrator access.',
    notAction: 'Allow with NotAction on every resource grants every action except the listed ones.',
    serviceWildcard: 'This statement allows every {{service}} action ("{{action}}") on every resource.',
  },
  examples: {
    bad:
      'resource "aws_iam_policy" "admin" {\n  name = "admin"\n  policy = jsonencode({\n    Version = "2012-10-17"\n' +
      '    Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }]\n  })\n}\n',
    good:
      'resource "aws_iam_policy" "reader" {\n  name = "reader"\n  policy = jsonencode({\n    Version = "2012-10-17"\n' +
      '    Statement = [{ Effect = "Allow", Action = ["s3:GetObject"], Resource = "arn:aws:s3:::reports/*" }]\n  })\n}\n',
  },
  check({ file, module, report }) {
    // No edit is offered: which actions and ARNs the workload needs is not in the configuration.
    const inspect = (statement: PolicyStatement) => {
      // A statement with a principal belongs to a resource policy, where "*" means the resource itself.
      if (statement.allows !== true || statement.principal || statement.notPrincipal) return;
      const everyResource = statement.notResource !== undefined || statement.resource?.values.some((r) => r.text === '*');
      if (!everyResource) return;
      if (statement.notAction) {
        report({ at: statement.effect?.range ?? statement.notAction.range, messageId: 'notAction', value: statement.effect?.value });
        return;
      }
      const actions = statement.action?.values ?? [];
      const full = actions.find((a) => isFullWildcard(a.text.trim()));
      if (full) {
        report({ at: full.range, messageId: 'fullAccess', data: { action: full.text }, value: full.value });
        return;
      }
      for (const action of actions) {
        const text = action.text.trim();
        if (!isServiceWildcard(text)) continue;
        const service = text.slice(0, text.indexOf(':'));
        report({ at: action.range, messageId: 'serviceWildcard', data: { action: text, service }, severity: 'high', value: action.value });
      }
    };
    identityPolicyStatements(moduleFor(file, module), file).forEach(inspect);
  },
});
