import { defineRule, type BlockView, type TerraformModule, type TfBlock } from '../api';
import { replaceValue } from '../shared/terraform-edits';
import { asString, attributeOf, moduleFor, resourceInstances, type Located } from '../shared/terraform-evaluated';
import { headerAnchor, isOverrideFile } from '../shared/terraform-values';

const satelliteType = 'aws_s3_bucket_server_side_encryption_configuration';
const kmsAlgorithms = new Set(['aws:kms', 'aws:kms:dsse']);

/** The `sse_algorithm` values of a configuration body (`rule { apply_server_side_encryption_by_default {} }`). */
function algorithms(body: BlockView): { located: Located[]; unknown: boolean } {
  const located: Located[] = [];
  let unknown = body.hasUnknownBlocks('rule');
  for (const rule of body.blocks('rule')) {
    unknown ||= rule.hasUnknownBlocks('apply_server_side_encryption_by_default');
    for (const defaults of rule.blocks('apply_server_side_encryption_by_default')) {
      const algorithm = attributeOf(defaults, 'sse_algorithm');
      if (algorithm) located.push(algorithm);
    }
  }
  return { located, unknown };
}

/**
 * Whether some encryption configuration of the module might configure the bucket: one that
 * refers to it, one naming it by its literal name, or one whose bucket cannot be told.
 */
function hasSatellite(module: TerraformModule, bucket: BlockView): boolean {
  // A configuration that `count = 0` or an empty `for_each` turns off configures nothing.
  if (module.referencing(bucket.block, satelliteType).some((satellite) => module.instances(satellite).length > 0)) return true;
  const name = asString(bucket.value('bucket'));
  return module.resources(satelliteType).some((satellite: TfBlock) =>
    module.instances(satellite).some((view) => {
      const target = view.value('bucket');
      if (target === undefined) return false;
      if (target.kind !== 'unknown') return name !== undefined && asString(target) === name;
      // Known after apply: a reference to another bucket does not configure this one.
      const reference = target.reference ?? '';
      return !reference.startsWith('aws_s3_bucket.');
    }),
  );
}

/** Whether a value as written refers to `address` (`aws_s3_bucket.logs.id`, `aws_s3_bucket.logs[0].bucket`). */
function mentions(block: TfBlock, address: string): boolean {
  return block.attributes.some((a) => a.value.kind === 'expression' && a.value.references.some((r) => r === address || r.startsWith(`${address}.`)));
}

/**
 * Buckets that receive S3 server access logs or load balancer access logs: both deliveries
 * only support SSE-S3, so such a bucket must not use a KMS key.
 */
function isLogDestination(module: TerraformModule, bucket: TfBlock): boolean {
  const address = `aws_s3_bucket.${bucket.labels[1]?.value}`;
  return module.referencing(bucket).some((user) => {
    const type = user.labels[0]?.value;
    if (type === 'aws_s3_bucket_logging') {
      const target = user.attribute('target_bucket')?.value;
      return target?.kind === 'expression' && target.references.some((r) => r.startsWith(`${address}.`));
    }
    if (type === 'aws_s3_bucket') return user.blocksOf('logging').some((logging) => mentions(logging, address));
    return user.blocksOf('access_logs').some((logs) => mentions(logs, address));
  });
}

/** The bucket block a configuration refers to, when it is a bucket of the module. */
function bucketOf(module: TerraformModule, configuration: TfBlock): TfBlock | undefined {
  const target = configuration.attribute('bucket')?.value;
  if (target?.kind !== 'expression') return undefined;
  const reference = target.references.find((r) => r.startsWith('aws_s3_bucket.'));
  const name = reference?.split('.')[1];
  return name === undefined ? undefined : module.resources('aws_s3_bucket').find((b) => b.labels[1]?.value === name);
}

export default defineRule({
  id: 'TF-008',
  title: 'Encrypt S3 buckets with a KMS key',
  target: 'terraform',
  severity: 'low',
  preset: 'strict',
  requirements: ['3.1'],
  frameworks: {
    iso27001: ['A.8.24'],
    nist80053: ['SC-28', 'SC-12'],
    // None of the requirement's CIS items is about S3.
    cis: [],
  },
  docs: {
    rationale:
      'Since January 2023 S3 encrypts every new object with S3-managed keys (SSE-S3). Those keys are invisible to you: no key ' +
      'policy limits who can decrypt, no CloudTrail record shows each use, and access cannot be revoked by disabling a key. ' +
      'SSE-KMS (or DSSE-KMS) puts a key you control between the data and its readers. Buckets that receive S3 server ' +
      'access logs or load balancer access logs are left alone: those deliveries only support SSE-S3.',
    remediation:
      'Add an aws_s3_bucket_server_side_encryption_configuration for the bucket with sse_algorithm = "aws:kms" and a ' +
      'customer-managed kms_master_key_id, and bucket_key_enabled = true to keep KMS request costs down.',
    links: [
      {
        title: 'aws_s3_bucket_server_side_encryption_configuration',
        url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_server_side_encryption_configuration',
      },
      { title: 'Using SSE-KMS', url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html' },
    ],
  },
  messages: {
    noKms: 'No encryption configuration applies to this bucket: S3 applies SSE-S3 by default, but no KMS key is used.',
    sseS3: 'sse_algorithm = "{{algorithm}}" encrypts with S3-managed keys, not with a KMS key.',
  },
  examples: {
    bad: 'resource "aws_s3_bucket" "reports" {\n  bucket = "acme-reports"\n}\n',
    good:
      'resource "aws_s3_bucket" "reports" {\n  bucket = "acme-reports"\n}\n\n' +
      'resource "aws_s3_bucket_server_side_encryption_configuration" "reports" {\n  bucket = aws_s3_bucket.reports.id\n\n' +
      '  rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm     = "aws:kms"\n' +
      '      kms_master_key_id = aws_kms_key.s3.arn\n    }\n    bucket_key_enabled = true\n  }\n}\n',
  },
  check({ file, module, report }) {
    // Only a suggestion: readers then need kms:Decrypt on the key, and a customer-managed key
    // (kms_master_key_id) is a choice the configuration cannot make.
    const inspect = (body: BlockView): { configured: boolean; unknown: boolean } => {
      const { located, unknown } = algorithms(body);
      for (const algorithm of located) {
        const text = asString(algorithm.value);
        if (text === undefined || kmsAlgorithms.has(text)) continue;
        const suggest = algorithm.literal ? [replaceValue(algorithm.literal, 'aws:kms', 'Encrypt with SSE-KMS')] : [];
        report({ at: algorithm.at, messageId: 'sseS3', data: { algorithm: text }, suggest, value: algorithm.value });
      }
      return { configured: located.length > 0, unknown };
    };

    const project = moduleFor(file, module);
    // Each configuration resource is checked where it is written, whichever file holds its bucket.
    for (const satellite of resourceInstances(project, file, satelliteType)) {
      const bucket = bucketOf(project, satellite.block);
      if (!bucket || !isLogDestination(project, bucket)) inspect(satellite);
    }

    for (const bucket of resourceInstances(project, file, 'aws_s3_bucket')) {
      if (isLogDestination(project, bucket.block)) continue;
      // Before provider 4.0 (and deprecated since) the configuration is a block of the bucket.
      const inline = bucket.blocks('server_side_encryption_configuration');
      const results = inline.map(inspect);
      if (results.some((r) => r.configured || r.unknown) || bucket.hasUnknownBlocks('server_side_encryption_configuration')) continue;
      // An override file patches a bucket defined elsewhere: what it leaves out may be set there.
      if (isOverrideFile(file) || hasSatellite(project, bucket)) continue;
      report({ at: headerAnchor(file, bucket.block), messageId: 'noKms' });
    }
  },
});
