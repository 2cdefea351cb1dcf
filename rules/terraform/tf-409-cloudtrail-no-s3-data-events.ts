import { asList, asString, defineRule, type BlockView } from '../api';
import { auditLogging } from '../shared/aws-logging';
import { awsDoc } from '../shared/aws-operations';
import { moduleFor } from '../shared/terraform-evaluated';
import { headerAnchor, isOverrideFile } from '../shared/terraform-values';

/** Whether a trail records S3 object-level events: true, false, or undefined when not known. */
function logsS3Objects(trail: BlockView): boolean | undefined {
  if (trail.hasUnknownBlocks('event_selector') || trail.hasUnknownBlocks('advanced_event_selector')) return undefined;
  let unknown = false;
  for (const selector of trail.blocks('event_selector')) {
    if (selector.hasUnknownBlocks('data_resource')) unknown = true;
    for (const resource of selector.blocks('data_resource')) {
      const type = asString(resource.value('type'));
      if (type === undefined) unknown = true;
      else if (type === 'AWS::S3::Object') return true;
    }
  }
  for (const selector of trail.blocks('advanced_event_selector')) {
    if (selector.hasUnknownBlocks('field_selector')) unknown = true;
    for (const field of selector.blocks('field_selector')) {
      if (asString(field.value('field')) !== 'resources.type') continue;
      const values = asList(field.value('equals'));
      if (values === undefined) unknown = true;
      else if (values.some((value) => asString(value) === 'AWS::S3::Object')) return true;
    }
  }
  return unknown ? undefined : false;
}

export default defineRule({
  id: 'TF-409',
  title: 'Record S3 object-level events with CloudTrail',
  // Data events are billed per event and many buckets do not need them: opinionated.
  target: 'terraform',
  severity: 'low',
  preset: 'strict',
  requirements: ['6.1'],
  frameworks: auditLogging(),
  docs: {
    rationale:
      'Trails record management events only, unless an event_selector with a data_resource of type AWS::S3::Object (or ' +
      'an advanced_event_selector on resources.type) adds data events: who read, wrote or deleted which object is ' +
      'then not recorded anywhere. One trail of the module that records them is enough; every trail is reported when ' +
      'none does.',
    remediation:
      'Add event_selector { read_write_type = "All", data_resource { type = "AWS::S3::Object", values = ["arn:aws:s3"] } } (or the bucket ARNs that matter) to a trail.',
    links: [
      awsDoc('cloudtrail', 'event_selector'),
      { title: 'Logging data events with CloudTrail', url: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-data-events-with-cloudtrail.html' },
    ],
  },
  messages: {
    noDataEvents: 'No trail of this module records S3 object-level (data) events.',
  },
  examples: {
    bad: 'resource "aws_cloudtrail" "main" {\n  name           = "main"\n  s3_bucket_name = aws_s3_bucket.trail.id\n}\n',
    good:
      'resource "aws_cloudtrail" "main" {\n  name           = "main"\n  s3_bucket_name = aws_s3_bucket.trail.id\n\n  event_selector {\n' +
      '    read_write_type = "All"\n\n    data_resource {\n      type   = "AWS::S3::Object"\n      values = ["arn:aws:s3"]\n    }\n  }\n}\n',
  },
  check({ file, module, report }) {
    if (isOverrideFile(file)) return;
    const project = moduleFor(file, module);
    const trails = project.resources('aws_cloudtrail').flatMap((block) => project.instances(block));
    if (trails.some((trail) => logsS3Objects(trail) !== false)) return;
    // Once per trail block, whatever its instances: they share the finding.
    for (const block of file.resources('aws_cloudtrail')) {
      if (project.instances(block).length > 0) report({ at: headerAnchor(file, block), messageId: 'noDataEvents' });
    }
  },
});
