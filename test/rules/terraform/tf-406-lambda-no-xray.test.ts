import rule from '../../../rules/terraform/tf-406-lambda-no-xray';
import { ruleTester } from '../../helpers/rule-tester';

const fn = (body: string) => `resource "aws_lambda_function" "handler" {\n  function_name = "handler"\n${body}}\n`;
const tracing = (mode: string) => `\n  tracing_config {\n    mode = ${mode}\n  }\n`;
const title = 'Trace actively with X-Ray';

ruleTester(rule, {
  good: [
    { name: 'active', code: fn(tracing('"Active"')) },
    { name: 'mode not known', code: fn(tracing('var.mode')) },
    { name: 'tracing from a dynamic block with an unknown for_each', code: fn('  dynamic "tracing_config" {\n    for_each = var.tracing\n    content {\n      mode = "PassThrough"\n    }\n  }\n') },
  ],
  bad: [
    {
      name: 'no tracing_config',
      code: fn(''),
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 41, suggestions: [{ title, output: fn('  tracing_config {\n    mode = "Active"\n  }\n') }] }],
    },
    { name: 'pass through', code: fn(tracing('"PassThrough"')), findings: [{ messageId: 'passThrough', line: 5, column: 12, endColumn: 25, suggestions: [{ title, output: fn(tracing('"Active"')) }] }] },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "aws_lambda_function": {\n      "handler": { "function_name": "h", "tracing_config": { "mode": "PassThrough" } }\n    }\n  }\n}\n',
      findings: [{ messageId: 'passThrough', line: 4, column: 70, endColumn: 83 }],
    },
  ],
});
