import { asString, defineRule } from '../api';
import { awsDoc, supportedSoftwareRule } from '../shared/aws-operations';
import { runtimeDeprecated } from '../shared/lambda-runtimes';
import { attributeOf, moduleFor, resourceInstances } from '../shared/terraform-evaluated';

export default defineRule({
  id: 'TF-401',
  title: 'Do not run Lambda functions on deprecated runtimes',
  ...supportedSoftwareRule(),
  docs: {
    rationale:
      'Once a runtime is deprecated Lambda no longer applies security patches to it, and later blocks creating and ' +
      'updating functions that use it: the language version, its standard library and the operating system under it ' +
      'stay unpatched. Deprecation dates come from the runtime calendar shipped with the rules; functions packaged as ' +
      'container images have no runtime and are not reported.',
    remediation: 'Move the function to a supported runtime of its language (for example python3.13, nodejs22.x, java21).',
    links: [
      awsDoc('lambda_function', 'runtime'),
      { title: 'Lambda runtimes: runtime deprecation policy', url: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html#runtime-support-policy' },
    ],
  },
  messages: {
    deprecated: 'runtime = "{{runtime}}" was deprecated on {{date}}: it gets no more security patches.',
  },
  examples: {
    bad: 'resource "aws_lambda_function" "handler" {\n  function_name = "handler"\n  role          = aws_iam_role.lambda.arn\n  runtime       = "python3.8"\n  handler       = "app.handler"\n}\n',
    good: 'resource "aws_lambda_function" "handler" {\n  function_name = "handler"\n  role          = aws_iam_role.lambda.arn\n  runtime       = "python3.13"\n  handler       = "app.handler"\n}\n',
  },
  check({ file, module, report }) {
    const project = moduleFor(file, module);
    const today = new Date();
    for (const fn of resourceInstances(project, file, 'aws_lambda_function')) {
      const runtime = attributeOf(fn, 'runtime');
      const text = asString(runtime?.value);
      const date = text === undefined ? undefined : runtimeDeprecated(text, today);
      // No edit: a new language version may need code and dependency changes.
      if (runtime && date) report({ at: runtime.at, messageId: 'deprecated', data: { runtime: text ?? '', date }, value: runtime.value });
    }
  },
});
