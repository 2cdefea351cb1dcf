import rule from '../../../rules/terraform/tf-401-lambda-deprecated-runtime';
import { runtimeDeprecated } from '../../../rules/shared/lambda-runtimes';
import { expect, it } from 'vitest';
import { ruleTester } from '../../helpers/rule-tester';

const fn = (body: string) => `resource "aws_lambda_function" "handler" {\n  function_name = "handler"\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: 'supported runtime', code: fn('  runtime = "python3.13"\n') },
    { name: 'container image without runtime', code: fn('  package_type = "Image"\n  image_uri    = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/fn:1"\n') },
    { name: 'runtime not known', code: fn('  runtime = var.runtime\n'), files: { 'variables.tf': 'variable "runtime" {}\n' } },
    { name: 'OS-only runtime', code: fn('  runtime = "provided.al2023"\n') },
    { name: 'count = 0', code: fn('  count   = 0\n  runtime = "python2.7"\n') },
  ],
  bad: [
    { name: 'python3.8', code: fn('  runtime = "python3.8"\n'), findings: [{ messageId: 'deprecated', line: 3, column: 13, endColumn: 24 }] },
    { name: 'nodejs16.x', code: fn('  runtime = "nodejs16.x"\n'), findings: [{ messageId: 'deprecated', line: 3, column: 13, endColumn: 25 }] },
    { name: 'go1.x', code: fn('  runtime = "go1.x"\n'), findings: [{ messageId: 'deprecated', line: 3, column: 13 }] },
    {
      name: 'from a variable default',
      code: fn('  runtime = var.runtime\n'),
      files: { 'variables.tf': 'variable "runtime" {\n  default = "java8"\n}\n' },
      findings: [{ messageId: 'deprecated', line: 3, column: 13, endColumn: 24, related: ['variables.tf:2:13'] }],
    },
    {
      name: 'for_each: the deprecated function',
      code: fn('  for_each = { api = "nodejs22.x", old = "nodejs12.x" }\n  runtime  = each.value\n'),
      findings: [{ messageId: 'deprecated', line: 4, column: 14, endColumn: 24 }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "aws_lambda_function": {\n      "handler": { "function_name": "h", "runtime": "python2.7" }\n    }\n  }\n}\n',
      findings: [{ messageId: 'deprecated', line: 4, column: 53, endColumn: 64 }],
    },
  ],
});

it('TF-401 compares the deprecation date with the lint date', () => {
  expect(runtimeDeprecated('python3.9', new Date('2025-12-14T00:00:00Z'))).toBeUndefined();
  expect(runtimeDeprecated('python3.9', new Date('2025-12-15T00:00:00Z'))).toBe('2025-12-15');
  expect(runtimeDeprecated('python3.12', new Date('2026-01-01T00:00:00Z'))).toBeUndefined();
});
