import { asBool, asString, defineRule } from '../api';
import { auditLogging, cisAws } from '../shared/aws-logging';
import { awsDoc } from '../shared/aws-operations';
import { attributeCheck } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-402',
  title: 'Record every supported resource type with AWS Config',
  // Recording only chosen types is a common cost decision: opinionated.
  target: 'terraform',
  severity: 'low',
  preset: 'strict',
  requirements: ['6.1'],
  frameworks: auditLogging(cisAws('3.3')),
  docs: {
    rationale:
      'A recorder with recording_group { all_supported = false } records only the resource types it lists: changes ' +
      'to everything else (a new service, an IAM policy, a security group of a type left out) leave no configuration ' +
      'history. A recorder without recording_group records all supported types, and one that excludes named types ' +
      '(recording_strategy { use_only = "EXCLUSION_BY_RESOURCE_TYPES" }) is not reported.',
    remediation: 'Set all_supported = true in recording_group (or exclude the few types you do not need instead of listing the ones you do).',
    links: [
      awsDoc('config_configuration_recorder', 'all_supported'),
      { title: 'Recording AWS resources with AWS Config', url: 'https://docs.aws.amazon.com/config/latest/developerguide/select-resources.html' },
    ],
  },
  messages: {
    partial: 'all_supported = false: the recorder records only the resource types it lists.',
    missing: 'The recorder records only the resource types it lists.',
  },
  examples: {
    bad:
      'resource "aws_config_configuration_recorder" "main" {\n  role_arn = aws_iam_role.config.arn\n\n  recording_group {\n' +
      '    all_supported  = false\n    resource_types = ["AWS::EC2::Instance"]\n  }\n}\n',
    good: 'resource "aws_config_configuration_recorder" "main" {\n  role_arn = aws_iam_role.config.arn\n\n  recording_group {\n    all_supported = true\n  }\n}\n',
  },
  check: attributeCheck({
    resources: ['aws_config_configuration_recorder'],
    path: 'recording_group.all_supported',
    compliant: (value, { resource }) => {
      const strategies = resource.blocks('recording_group').flatMap((group) => group.blocks('recording_strategy').map((s) => s.value('use_only')));
      if (strategies.some((s) => s !== undefined && asString(s) !== 'INCLUSION_BY_RESOURCE_TYPES')) return true;
      return asBool(value);
    },
    absent: 'compliant',
    messages: { insecure: 'partial', missing: 'missing' },
    // No edit: recording every type changes what AWS Config bills.
  }),
});
