import rule from '../../../rules/terraform/tf-024-eks-secrets-no-kms';
import { ruleTester } from '../../helpers/rule-tester';

const cluster = (body: string) => `resource "aws_eks_cluster" "main" {\n  name     = "main"\n  role_arn = aws_iam_role.cluster.arn\n${body}}\n`;
const config = (resources: string) => `  encryption_config {\n    resources = ${resources}\n    provider {\n      key_arn = aws_kms_key.eks.arn\n    }\n  }\n`;

ruleTester(rule, {
  good: [
    { name: 'secrets with a KMS key', code: cluster(config('["secrets"]')) },
    { name: 'resources from a variable not known', code: cluster(config('var.resources')) },
    { name: 'resources from a local that lists secrets', code: cluster(config('local.encrypted')), files: { 'locals.tf': 'locals {\n  encrypted = ["secrets"]\n}\n' } },
    { name: 'dynamic encryption_config from an unknown collection', code: cluster('  dynamic "encryption_config" {\n    for_each = var.kms_key_arn == null ? [] : [var.kms_key_arn]\n    content {\n      resources = ["secrets"]\n      provider {\n        key_arn = encryption_config.value\n      }\n    }\n  }\n') },
    { name: 'count = 0', code: cluster('  count = 0\n') },
    { name: 'JSON syntax, secrets', filename: 'main.tf.json', code: '{"resource": {"aws_eks_cluster": {"main": {"encryption_config": {"resources": ["secrets"], "provider": {"key_arn": "arn:aws:kms:eu-west-1:111122223333:key/k"}}}}}}\n' },
  ],
  bad: [
    {
      name: 'no encryption_config: no edit, the author picks the key',
      code: cluster(''),
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 34, suggestions: [] }],
    },
    {
      name: 'an empty resource list',
      code: cluster(config('[]')),
      findings: [{ messageId: 'noSecrets', line: 5, column: 17, endColumn: 19 }],
    },
    {
      name: 'dynamic encryption_config from a known list without secrets',
      code: cluster('  dynamic "encryption_config" {\n    for_each = [["configmaps"]]\n    content {\n      resources = encryption_config.value\n    }\n  }\n'),
      findings: [{ messageId: 'noSecrets', line: 7, column: 19, endColumn: 42 }],
    },
    {
      name: 'JSON syntax, no encryption_config',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_eks_cluster": {"main": {"name": "main"}}}}\n',
      findings: [{ messageId: 'missing', line: 1, column: 35, endColumn: 41 }],
    },
  ],
});
