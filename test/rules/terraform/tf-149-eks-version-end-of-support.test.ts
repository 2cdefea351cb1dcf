import rule from '../../../rules/terraform/tf-149-eks-version-end-of-support';
import { eksSupportEnded } from '../../../rules/shared/eks-support';
import { expect, it } from 'vitest';
import { ruleTester } from '../../helpers/rule-tester';

const cluster = (body: string) => `resource "aws_eks_cluster" "main" {\n  name     = "main"\n  role_arn = aws_iam_role.cluster.arn\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: 'version absent: the current default', code: cluster('') },
    { name: 'a version newer than the calendar knows', code: cluster('  version = "1.36"\n') },
    { name: 'version not known', code: cluster('  version = var.kubernetes_version\n'), files: { 'variables.tf': 'variable "kubernetes_version" {}\n' } },
    { name: 'not a version', code: cluster('  version = "latest"\n') },
  ],
  bad: [
    { name: 'past standard support', code: cluster('  version = "1.27"\n'), findings: [{ messageId: 'unsupported', line: 4, column: 13, endColumn: 19 }] },
    { name: 'older than the calendar', code: cluster('  version = "1.21"\n'), findings: [{ messageId: 'unsupported', line: 4, column: 13 }] },
    {
      name: 'from a variable default',
      code: cluster('  version = var.kubernetes_version\n'),
      files: { 'variables.tf': 'variable "kubernetes_version" {\n  default = "1.29"\n}\n' },
      findings: [{ messageId: 'unsupported', line: 4, column: 13, endColumn: 35, related: ['variables.tf:2:13'] }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "aws_eks_cluster": {\n      "main": { "name": "main", "version": "1.25" }\n    }\n  }\n}\n',
      findings: [{ messageId: 'unsupported', line: 4, column: 44, endColumn: 50 }],
    },
  ],
});

it('TF-149 compares the end of standard support with the lint date', () => {
  expect(eksSupportEnded('1.34', new Date('2026-12-01T00:00:00Z'))).toBeUndefined();
  expect(eksSupportEnded('1.34', new Date('2026-12-02T00:00:00Z'))).toBe('2026-12-02');
  expect(eksSupportEnded('1.30.2', new Date('2026-01-01T00:00:00Z'))).toBe('2025-07-23');
  expect(eksSupportEnded('2.1', new Date('2030-01-01T00:00:00Z'))).toBeUndefined();
});
