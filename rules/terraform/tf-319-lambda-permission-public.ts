import { asString, defineRule } from '../api';
import { awsDoc, publicEndpointRule } from '../shared/aws-network';
import { attributeOf, moduleFor, resourceInstances } from '../shared/terraform-evaluated';

/** Arguments that tie a permission to one caller: any of them makes it not public. */
const scoping = ['source_arn', 'source_account', 'principal_org_id'];

export default defineRule({
  id: 'TF-319',
  title: 'Do not let everyone invoke Lambda functions',
  ...publicEndpointRule(),
  docs: {
    rationale:
      'An aws_lambda_permission with principal = "*" and no source_arn, source_account or principal_org_id lets any AWS ' +
      'account (or, for a function URL with authorization NONE, anyone) invoke the function with the permissions of its ' +
      'role. A service principal such as s3.amazonaws.com without a source is the confused-deputy case: another account\'s ' +
      'bucket could invoke it; that is reported too.',
    remediation: 'Name the calling account or service, and set source_arn (and source_account for S3) to the resource that may invoke the function.',
    links: [
      awsDoc('aws_lambda_permission'),
      { title: 'Resource-based policies for Lambda', url: 'https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html' },
    ],
  },
  messages: {
    everyone: 'principal = "*" without source_arn, source_account or principal_org_id lets every account invoke this function.',
    anySource: 'principal = "{{principal}}" without source_arn or source_account lets that service invoke the function for any account\'s resource.',
  },
  examples: {
    bad: 'resource "aws_lambda_permission" "invoke" {\n  action        = "lambda:InvokeFunction"\n  function_name = aws_lambda_function.api.function_name\n  principal     = "*"\n}\n',
    good:
      'resource "aws_lambda_permission" "invoke" {\n  action        = "lambda:InvokeFunction"\n  function_name = aws_lambda_function.api.function_name\n' +
      '  principal     = "apigateway.amazonaws.com"\n  source_arn    = "${aws_api_gateway_rest_api.api.execution_arn}/*"\n}\n',
  },
  check({ file, module, report }) {
    const project = moduleFor(file, module);
    for (const permission of resourceInstances(project, file, 'aws_lambda_permission')) {
      // A scoping argument that is set, even to a value not known before apply, restricts the caller.
      if (scoping.some((name) => permission.attribute(name) !== undefined && permission.value(name)?.kind !== 'null')) continue;
      const principal = attributeOf(permission, 'principal');
      const text = asString(principal?.value)?.trim();
      if (!principal || text === undefined) continue;
      if (text === '*') report({ at: principal.at, messageId: 'everyone', value: principal.value });
      else if (/^(s3|sns)\.amazonaws\.com$/.test(text)) {
        report({ at: principal.at, messageId: 'anySource', data: { principal: text }, value: principal.value, severity: 'medium' });
      }
    }
  },
});
