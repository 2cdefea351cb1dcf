import { asString, defineRule, type TerraformModule, type TfBlock } from '../api';
import { auditLogging, cisAws, mentions, refersTo, relatedBlock } from '../shared/aws-logging';
import { moduleFor } from '../shared/terraform-evaluated';
import { headerAnchor, isOverrideFile } from '../shared/terraform-values';

const satelliteType = 'aws_s3_bucket_logging';

/** Arguments, at any depth, that name where access logs are delivered. */
const logDestinations = new Set(['target_bucket', 'log_destination']);
/** Nested blocks whose `bucket` is where a service delivers its access logs. */
const logBlocks = new Set(['access_logs', 'logging_config', 'logging']);

/** Resource types that may name a bucket as the destination of their access logs. */
const deliveringTypes = [
  'aws_s3_bucket_logging',
  'aws_s3_bucket',
  'aws_lb',
  'aws_alb',
  'aws_elb',
  'aws_cloudfront_distribution',
  'aws_flow_log',
  'aws_redshift_logging',
  'aws_redshift_cluster',
];
const logDeliveryAcl = 'log-delivery-write';

/** Whether a block writes its logs to the bucket (`target_bucket`, `access_logs { bucket }`, ...). */
function deliversTo(block: TfBlock, address: string, name: string | undefined, inLogBlock = false): boolean {
  for (const attribute of block.attributes) {
    const destination = logDestinations.has(attribute.name) || (inLogBlock && attribute.name === 'bucket');
    if (!destination) continue;
    if (mentions(attribute.value, address)) return true;
    if (name !== undefined && attribute.value.kind === 'string' && attribute.value.value === name) return true;
  }
  return block.blocks.some((nested) => {
    const type = nested.type === 'dynamic' ? nested.labels[0]?.value : nested.type;
    return deliversTo(nested, address, name, inLogBlock || logBlocks.has(type ?? ''));
  });
}

/**
 * Buckets that receive access logs (of other buckets, load balancers, CloudFront or flow logs):
 * a log bucket that logged its own access would log the delivery of every log file.
 */
function isLogBucket(module: TerraformModule, bucket: TfBlock, address: string, name: string | undefined): boolean {
  const candidates = name === undefined ? module.referencing(bucket) : deliveringTypes.flatMap((type) => module.resources(type));
  if (candidates.some((user) => user !== bucket && deliversTo(user, address, name))) return true;
  // The canned ACL that lets the S3 log delivery group write: inline (provider v3) or split.
  if (module.instances(bucket).some((view) => asString(view.value('acl')) === logDeliveryAcl)) return true;
  return module.referencing(bucket, 'aws_s3_bucket_acl').some((acl) => module.instances(acl).some((view) => asString(view.value('acl')) === logDeliveryAcl));
}

/** What the module's `aws_s3_bucket_logging` resources say about a bucket. */
function satellitesFor(module: TerraformModule, address: string, name: string | undefined): 'configured' | TfBlock[] {
  const absent: TfBlock[] = [];
  let undecided = false;
  for (const satellite of module.resources(satelliteType)) {
    const written = mentions(satellite.attribute('bucket')?.value, address);
    const instances = module.instances(satellite);
    if (written && instances.length === 0) absent.push(satellite);
    for (const view of instances) {
      const target = view.value('bucket');
      if (written) return 'configured';
      if (target === undefined) continue;
      if (target.kind === 'unknown') {
        const reference = target.reference ?? '';
        if (refersTo(reference, address) || !reference.startsWith('aws_s3_bucket.')) undecided = true;
      } else if (name !== undefined && asString(target) === name) return 'configured';
    }
  }
  return undecided ? 'configured' : absent;
}

export default defineRule({
  id: 'TF-109',
  title: 'Log access to S3 buckets',
  target: 'terraform',
  severity: 'low',
  // Server access logs on every bucket are hardening: CloudTrail management events already record bucket changes.
  preset: 'strict',
  requirements: ['6.1'],
  frameworks: auditLogging(cisAws('3.4')),
  docs: {
    rationale:
      'Without server access logging, S3 keeps no record of the requests made to a bucket\'s objects: who read or ' +
      'deleted what, from where, cannot be established after a leak. Logging is accepted as an inline logging block ' +
      '(provider v3, deprecated since v4) or an aws_s3_bucket_logging resource for the bucket (v4 and later). Buckets ' +
      'that receive access logs are not asked to log their own access.',
    remediation:
      'Add an aws_s3_bucket_logging resource with bucket = aws_s3_bucket.<name>.id and a target_bucket that is a ' +
      'dedicated log bucket.',
    links: [
      { title: 'aws_s3_bucket_logging', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_logging' },
      { title: 'Logging requests with server access logging', url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html' },
    ],
  },
  messages: {
    noLogging: 'No server access logging is configured for this bucket.',
    notCreated: 'The access logging of this bucket is not created with these inputs (count or for_each is empty).',
  },
  examples: {
    bad: 'resource "aws_s3_bucket" "reports" {\n  bucket = "acme-reports"\n}\n',
    good:
      'resource "aws_s3_bucket" "reports" {\n  bucket = "acme-reports"\n}\n\nresource "aws_s3_bucket_logging" "reports" {\n' +
      '  bucket        = aws_s3_bucket.reports.id\n  target_bucket = "acme-access-logs"\n  target_prefix = "reports/"\n}\n',
  },
  check({ file, module, report }) {
    // An override file patches a bucket defined elsewhere; its logging is decided there.
    if (isOverrideFile(file)) return;
    const project = moduleFor(file, module);
    for (const bucket of file.resources('aws_s3_bucket')) {
      const views = project.instances(bucket);
      if (views.length === 0) continue;
      if (views.some((view) => view.blocks('logging').length > 0 || view.hasUnknownBlocks('logging'))) continue;
      const address = `aws_s3_bucket.${bucket.labels[1]?.value}`;
      const names = views.map((view) => asString(view.value('bucket')));
      const name = names.length === 1 ? names[0] : undefined;
      if (isLogBucket(project, bucket, address, name)) continue;
      const satellites = satellitesFor(project, address, name);
      if (!Array.isArray(satellites)) continue;
      const [absent] = satellites;
      report({ at: headerAnchor(file, bucket), messageId: absent ? 'notCreated' : 'noLogging', related: relatedBlock(project, file, absent, 'The access logging of this bucket') });
    }
  },
});
