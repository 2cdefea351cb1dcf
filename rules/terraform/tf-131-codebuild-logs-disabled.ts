import { asString, defineRule } from '../api';
import { serviceLogRule } from '../shared/aws-logging';
import { awsDoc } from '../shared/aws-operations';
import { attributeOf, moduleFor, resourceInstances } from '../shared/terraform-evaluated';

export default defineRule({
  id: 'TF-131',
  title: 'Do not turn off CodeBuild build logs',
  ...serviceLogRule(),
  docs: {
    rationale:
      'A CodeBuild project sends its build logs to CloudWatch Logs unless logs_config turns that off, and to S3 only ' +
      'when asked: with cloudwatch_logs { status = "DISABLED" } and no S3 logs, what a build ran, fetched and pushed ' +
      'leaves no record. Either destination passes.',
    remediation: 'Remove status = "DISABLED" from logs_config.cloudwatch_logs, or enable logs_config.s3_logs.',
    links: [
      awsDoc('codebuild_project', 'logs_config'),
      { title: 'Logging and monitoring in AWS CodeBuild', url: 'https://docs.aws.amazon.com/codebuild/latest/userguide/logging-monitoring.html' },
    ],
  },
  messages: {
    disabled: 'CloudWatch build logs are disabled and S3 logs are not enabled: builds of this project leave no log.',
  },
  examples: {
    bad:
      'resource "aws_codebuild_project" "app" {\n  name = "app"\n\n  logs_config {\n    cloudwatch_logs {\n      status = "DISABLED"\n    }\n  }\n}\n',
    good: 'resource "aws_codebuild_project" "app" {\n  name = "app"\n}\n',
  },
  check({ file, module, report }) {
    const project = moduleFor(file, module);
    for (const build of resourceInstances(project, file, 'aws_codebuild_project')) {
      for (const logs of build.blocks('logs_config')) {
        if (logs.hasUnknownBlocks('s3_logs') || logs.hasUnknownBlocks('cloudwatch_logs')) continue;
        // S3 logs are off unless their status says ENABLED; an unknown status may turn them on.
        const s3 = logs.blocks('s3_logs').map((block) => block.value('status'));
        if (s3.some((status) => status !== undefined && asString(status)?.toUpperCase() !== 'DISABLED')) continue;
        for (const cloudwatch of logs.blocks('cloudwatch_logs')) {
          const status = attributeOf(cloudwatch, 'status');
          if (status && asString(status.value)?.toUpperCase() === 'DISABLED') report({ at: status.at, messageId: 'disabled', value: status.value });
        }
      }
    }
  },
});
