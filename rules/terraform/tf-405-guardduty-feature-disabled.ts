import { asString, defineRule } from '../api';
import { awsDoc, securityAlerting } from '../shared/aws-operations';
import { attributeCheck } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-405',
  title: 'Do not turn off GuardDuty protection features',
  target: 'terraform',
  severity: 'low',
  // Some plans (RDS login events, Lambda network logs) are turned off for cost where the service is unused.
  preset: 'strict',
  requirements: ['6.3'],
  frameworks: securityAlerting(),
  docs: {
    rationale:
      'aws_guardduty_detector_feature with status = "DISABLED" turns off one protection plan of the detector (S3 data ' +
      'events, EKS audit logs, runtime monitoring, malware scans of EBS volumes, RDS login events, Lambda network ' +
      'activity): threats in that part of the account raise no finding although the detector is on.',
    remediation: 'Set status = "ENABLED" (or remove the resource where the feature is on by default).',
    links: [
      awsDoc('guardduty_detector_feature', 'status'),
      { title: 'Features in GuardDuty', url: 'https://docs.aws.amazon.com/guardduty/latest/ug/guardduty-features-activation-model.html' },
    ],
  },
  messages: {
    disabled: 'status = "DISABLED" turns off the GuardDuty feature {{feature}}.',
    missing: 'This GuardDuty feature is turned off.',
  },
  examples: {
    bad: 'resource "aws_guardduty_detector_feature" "s3" {\n  detector_id = aws_guardduty_detector.main.id\n  name        = "S3_DATA_EVENTS"\n  status      = "DISABLED"\n}\n',
    good: 'resource "aws_guardduty_detector_feature" "s3" {\n  detector_id = aws_guardduty_detector.main.id\n  name        = "S3_DATA_EVENTS"\n  status      = "ENABLED"\n}\n',
  },
  check: attributeCheck({
    resources: ['aws_guardduty_detector_feature'],
    path: 'status',
    compliant: (value) => {
      const status = asString(value);
      return status === undefined ? undefined : status.toUpperCase() !== 'DISABLED';
    },
    // `status` is required: a missing value is a plan error.
    absent: 'unknown',
    messages: { insecure: 'disabled', missing: 'missing' },
    data: (_value, { resource }) => ({ feature: asString(resource.value('name')) ?? '' }),
    remedy: { value: 'ENABLED', title: 'Enable the feature', kind: 'suggest' },
  }),
});
