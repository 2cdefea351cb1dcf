import { asList, asString, defineRule } from '../api';
import { attributeCheck } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-024',
  title: 'Encrypt EKS Kubernetes secrets with a KMS key',
  target: 'terraform',
  severity: 'low',
  preset: 'strict',
  requirements: ['3.1'],
  frameworks: {
    iso27001: ['A.8.24'],
    nist80053: ['SC-28', 'SC-12'],
    cis: ['CIS Amazon Elastic Kubernetes Service (EKS) Benchmark v1.8.0 5.3.1'],
  },
  docs: {
    rationale:
      'Since Kubernetes 1.28 EKS envelope-encrypts every Kubernetes API object with an AWS-owned key; an ' +
      'encryption_config for secrets with your own KMS key lets you audit and revoke access to them, as the CIS EKS ' +
      'Benchmark asks. Older clusters without it keep secrets in etcd encrypted only at the volume level.',
    remediation: 'Add encryption_config { resources = ["secrets"] provider { key_arn = <KMS key ARN> } }.',
    links: [
      { title: 'aws_eks_cluster', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/eks_cluster#encryption_config' },
      { title: 'Encrypt Kubernetes secrets with KMS on existing clusters', url: 'https://docs.aws.amazon.com/eks/latest/userguide/enable-kms.html' },
    ],
  },
  messages: {
    noSecrets: 'encryption_config does not list "secrets", so secrets are not encrypted with your KMS key.',
    missing: 'The cluster has no encryption_config: Kubernetes secrets are not encrypted with a KMS key of yours.',
  },
  examples: {
    bad: 'resource "aws_eks_cluster" "main" {\n  name     = "main"\n  role_arn = aws_iam_role.cluster.arn\n}\n',
    good:
      'resource "aws_eks_cluster" "main" {\n  name     = "main"\n  role_arn = aws_iam_role.cluster.arn\n\n  encryption_config {\n' +
      '    resources = ["secrets"]\n    provider {\n      key_arn = aws_kms_key.eks.arn\n    }\n  }\n}\n',
  },
  check: attributeCheck({
    resources: ['aws_eks_cluster'],
    path: 'encryption_config.resources',
    compliant: (value) => {
      const items = asList(value);
      if (!items) return undefined;
      if (items.some((item) => asString(item) === 'secrets')) return true;
      return items.every((item) => asString(item) !== undefined) ? false : undefined;
    },
    absent: 'insecure',
    messages: { insecure: 'noSecrets', missing: 'missing' },
    // No edit: only the author knows which key, and its policy must admit the cluster role.
  }),
});
