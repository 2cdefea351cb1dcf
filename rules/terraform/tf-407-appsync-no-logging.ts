import { asString, defineRule } from '../api';
import { serviceLogRule } from '../shared/aws-logging';
import { awsDoc } from '../shared/aws-operations';
import { attributeCheck } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-407',
  title: 'Log AppSync GraphQL API requests to CloudWatch Logs',
  ...serviceLogRule({ severity: 'low', preset: 'strict' }),
  docs: {
    rationale:
      'An AppSync GraphQL API logs nothing unless log_config sets a field_log_level other than NONE: failed ' +
      'authorizations, resolver errors and unusual queries against the API leave no record.',
    remediation: 'Add log_config { cloudwatch_logs_role_arn = <role>, field_log_level = "ERROR" (or "ALL") }.',
    links: [
      awsDoc('appsync_graphql_api', 'log_config'),
      { title: 'Configuring monitoring and logging in AWS AppSync', url: 'https://docs.aws.amazon.com/appsync/latest/devguide/monitoring.html' },
    ],
  },
  messages: {
    none: 'field_log_level = "NONE": requests to this API are not logged.',
    missing: 'This GraphQL API writes no logs (no log_config).',
  },
  examples: {
    bad: 'resource "aws_appsync_graphql_api" "api" {\n  name                = "api"\n  authentication_type = "AMAZON_COGNITO_USER_POOLS"\n}\n',
    good:
      'resource "aws_appsync_graphql_api" "api" {\n  name                = "api"\n  authentication_type = "AMAZON_COGNITO_USER_POOLS"\n\n' +
      '  log_config {\n    cloudwatch_logs_role_arn = aws_iam_role.appsync_logs.arn\n    field_log_level          = "ERROR"\n  }\n}\n',
  },
  check: attributeCheck({
    resources: ['aws_appsync_graphql_api'],
    path: 'log_config.field_log_level',
    compliant: (value) => {
      const level = asString(value);
      return level === undefined ? undefined : level.toUpperCase() !== 'NONE';
    },
    // A log_config block without field_log_level does not plan; without the block nothing is logged.
    absent: ({ resource }) => (resource.blocks('log_config').length > 0 ? 'unknown' : 'insecure'),
    messages: { insecure: 'none', missing: 'missing' },
    // No edit: logging needs a role that only the author can name.
  }),
});
