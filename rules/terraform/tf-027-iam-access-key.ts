import { asString, defineRule } from '../api';
import { staticCredentials } from '../shared/aws-data';
import { cisAws } from '../shared/aws-logging';
import { moduleFor, resourceInstances } from '../shared/terraform-evaluated';
import { headerAnchor } from '../shared/terraform-values';

export default defineRule({
  id: 'TF-027',
  title: 'Do not create IAM access keys',
  target: 'terraform',
  severity: 'high',
  preset: 'recommended',
  requirements: ['1.1'],
  frameworks: staticCredentials(cisAws('1.14')),
  docs: {
    rationale:
      'aws_iam_access_key creates a long-lived access key for an IAM user: it does not expire, Terraform never rotates ' +
      'it, and its secret lands in the state (in clear text unless pgp_key is set) and in every place the key is handed ' +
      'to. Workloads on AWS get temporary credentials from a role (instance profiles, IRSA or EKS Pod Identity, ECS task ' +
      'roles), and workloads elsewhere from OIDC federation or IAM Roles Anywhere. A key created with status = ' +
      '"Inactive" cannot sign requests and is not reported.',
    remediation:
      'Remove the access key and give the workload a role: an instance profile, an ECS task role, IRSA or EKS Pod Identity, ' +
      'or a role assumed through OIDC federation or IAM Roles Anywhere.',
    links: [
      { title: 'aws_iam_access_key', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_access_key' },
      { title: 'Security best practices in IAM', url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#bp-workloads-use-roles' },
    ],
  },
  messages: {
    accessKey: 'This creates a long-lived access key for an IAM user; give the workload a role with temporary credentials instead.',
  },
  examples: {
    bad: 'resource "aws_iam_access_key" "ci" {\n  user = aws_iam_user.ci.name\n}\n',
    good: 'resource "aws_iam_role" "ci" {\n  name               = "ci"\n  assume_role_policy = data.aws_iam_policy_document.github_oidc.json\n}\n',
  },
  check({ file, module, report }) {
    const project = moduleFor(file, module);
    for (const key of resourceInstances(project, file, 'aws_iam_access_key')) {
      const status = key.value('status');
      if (status !== undefined && status.kind !== 'null') {
        const text = asString(status);
        if (text === undefined || text.toLowerCase() === 'inactive') continue;
      }
      report({ at: headerAnchor(file, key.block), messageId: 'accessKey' });
    }
  },
});
