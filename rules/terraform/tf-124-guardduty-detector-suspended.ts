import { defineRule } from '../api';
import { awsDoc, securityAlerting } from '../shared/aws-operations';
import { attributeCheck, mustBeTrue } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-124',
  title: 'Do not suspend GuardDuty detectors',
  target: 'terraform',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['6.3'],
  frameworks: securityAlerting(),
  docs: {
    rationale:
      'enable = false suspends the detector: GuardDuty stops analysing CloudTrail, VPC flow and DNS logs, so compromised ' +
      'credentials, crypto-mining and reconnaissance raise no finding. A detector without the argument is enabled.',
    remediation: 'Remove enable = false (or set enable = true).',
    links: [
      awsDoc('guardduty_detector', 'enable'),
      { title: 'Suspending or disabling GuardDuty', url: 'https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_suspend-disable.html' },
    ],
  },
  messages: {
    suspended: 'enable = false suspends this GuardDuty detector: no threat is detected in this region.',
    missing: 'This GuardDuty detector is suspended.',
  },
  examples: {
    bad: 'resource "aws_guardduty_detector" "main" {\n  enable = false\n}\n',
    good: 'resource "aws_guardduty_detector" "main" {\n  enable = true\n}\n',
  },
  check: attributeCheck({
    resources: ['aws_guardduty_detector'],
    ...mustBeTrue('enable', { title: 'Enable the detector' }),
    absent: 'compliant',
    messages: { insecure: 'suspended', missing: 'missing' },
  }),
});
