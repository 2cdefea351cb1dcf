import { asList, asString, defineRule, type TfEvalValue } from '../api';
import { auditLogging } from '../shared/aws-logging';
import { attributeCheck } from '../shared/terraform-attribute-check';

/** The control-plane log types an investigation needs: API requests, the audit trail and who authenticated. */
const required = ['api', 'audit', 'authenticator'];

/** The required types a known list lacks; undefined when an element is not known and could be one. */
function lacking(value: TfEvalValue): string[] | undefined {
  const items = asList(value);
  if (!items) return value.kind === 'unknown' ? undefined : [...required];
  const names = items.map(asString);
  const missing = required.filter((type) => !names.includes(type));
  if (missing.length > 0 && names.some((name) => name === undefined)) return undefined;
  return missing;
}

export default defineRule({
  id: 'TF-107',
  title: 'Send EKS control-plane API, audit and authenticator logs to CloudWatch',
  target: 'terraform',
  severity: 'high',
  preset: 'recommended',
  requirements: ['6.1'],
  frameworks: auditLogging('CIS Amazon Elastic Kubernetes Service (EKS) Benchmark v1.8.0 2.1.1'),
  docs: {
    rationale:
      'EKS sends no control-plane logs unless enabled_cluster_log_types names them (the default is none). Without ' +
      'the api, audit and authenticator logs, nobody can tell who read a Secret, created a privileged pod or ' +
      'authenticated with which IAM identity.',
    remediation: 'Set enabled_cluster_log_types to include "api", "audit" and "authenticator" (and optionally "controllerManager" and "scheduler").',
    links: [
      { title: 'aws_eks_cluster', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/eks_cluster#enabled_cluster_log_types' },
      {
        title: 'Send control plane logs to CloudWatch Logs',
        url: 'https://docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html',
      },
    ],
  },
  messages: {
    incomplete: 'enabled_cluster_log_types does not include {{missing}}: those control-plane events are not logged.',
    missing: 'This cluster sets no enabled_cluster_log_types: no control-plane logs are sent.',
  },
  examples: {
    bad: 'resource "aws_eks_cluster" "main" {\n  name     = "main"\n  role_arn = aws_iam_role.eks.arn\n}\n',
    good:
      'resource "aws_eks_cluster" "main" {\n  name     = "main"\n  role_arn = aws_iam_role.eks.arn\n\n' +
      '  enabled_cluster_log_types = ["api", "audit", "authenticator"]\n}\n',
  },
  check: attributeCheck({
    resources: ['aws_eks_cluster'],
    path: 'enabled_cluster_log_types',
    compliant: (value) => {
      const missing = lacking(value);
      return missing === undefined ? undefined : missing.length === 0;
    },
    absent: 'insecure',
    messages: { insecure: 'incomplete', missing: 'missing' },
    data: (value) => ({ missing: (lacking(value) ?? []).map((type) => `"${type}"`).join(', ') }),
    // No edit: the list may be built elsewhere, and the logs are billed by CloudWatch.
  }),
});
