import rule from '../../../rules/terraform/tf-022-log-group-short-retention';
import type { AnyRule } from '../../../rules/api';
import { withOptions } from '../../helpers/rule-options';
import { beforeAll, expect, it } from 'vitest';
import { initParsers } from '../../../server/src/parsers';
import { lintWith, ruleTester } from '../../helpers/rule-tester';

const group = (body: string) => `resource "aws_cloudwatch_log_group" "app" {\n  name = "/app"\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: 'absent: events never expire', code: group('') },
    { name: '0: events never expire', code: group('  retention_in_days = 0\n') },
    { name: 'exactly the default minimum', code: group('  retention_in_days = 90\n') },
    { name: 'a year', code: group('  retention_in_days = 365\n') },
    { name: 'not known before apply', code: group('  retention_in_days = var.days\n') },
    { name: 'long enough through a tfvars value', code: group('  retention_in_days = var.days\n'), files: { 'variables.tf': 'variable "days" {\n  default = 7\n}\n', 'terraform.tfvars': 'days = 400\n' } },
    { name: 'count = 0', code: group('  count             = 0\n  retention_in_days = 1\n') },
    { name: 'JSON syntax, long enough', filename: 'main.tf.json', code: '{"resource": {"aws_cloudwatch_log_group": {"app": {"retention_in_days": 180}}}}\n' },
  ],
  bad: [
    {
      name: 'a week: raised to the minimum unattended',
      code: group('  retention_in_days = 7\n'),
      findings: [{ messageId: 'short', line: 3, column: 23, endColumn: 24, output: group('  retention_in_days = 90\n'), suggestions: [] }],
    },
    {
      name: 'written as a string',
      code: group('  retention_in_days = "30"\n'),
      findings: [{ messageId: 'short', line: 3, column: 23, endColumn: 27, output: group('  retention_in_days = 90\n') }],
    },
    {
      name: 'short from a module variable default: reported at the use, no edit of the default',
      code: group('  retention_in_days = var.days\n'),
      files: { 'variables.tf': 'variable "days" {\n  type    = number\n  default = 14\n}\n' },
      findings: [{ messageId: 'short', line: 3, column: 23, endColumn: 31, related: ['variables.tf:3:13'] }],
    },
    {
      name: 'for_each over known retention periods',
      code: group('  for_each          = { audit = 365, debug = 3 }\n  retention_in_days = each.value\n'),
      findings: [{ messageId: 'short', line: 4, column: 23, endColumn: 33, related: [':3:46'] }],
    },
    {
      name: 'JSON syntax, too short',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_cloudwatch_log_group": {"app": {"retention_in_days": 30}}}}\n',
      findings: [{ messageId: 'short', line: 1, column: 73, endColumn: 75, output: '{"resource": {"aws_cloudwatch_log_group": {"app": {"retention_in_days": 90}}}}\n' }],
    },
  ],
});

// The same rule with a team minimum of 365 days (`--rule-option TF-022.minimumDays=365`).
const [yearly] = withOptions([rule as unknown as AnyRule], { 'TF-022': { minimumDays: 365 } });

ruleTester(yearly, {
  good: [
    { name: 'a year meets a yearly minimum', code: group('  retention_in_days = 365\n') },
    { name: 'never expire', code: group('  retention_in_days = 0\n') },
  ],
  bad: [
    {
      name: 'the default minimum is not enough: the message names the configured one',
      code: group('  retention_in_days = 90\n'),
      findings: [{ messageId: 'short', line: 3, column: 23, endColumn: 25, output: group('  retention_in_days = 365\n') }],
    },
  ],
});

beforeAll(async () => {
  await initParsers();
});

it('names the configured minimum in the message', () => {
  const code = group('  retention_in_days = 90\n');
  expect(lintWith(yearly, code).findings.map((f) => f.message)).toEqual(['retention_in_days = 90 deletes log events before the minimum of 365 days.']);
  expect(lintWith(rule as unknown as AnyRule, group('  retention_in_days = 60\n')).findings.map((f) => f.message)).toEqual([
    'retention_in_days = 60 deletes log events before the minimum of 90 days.',
  ]);
});
