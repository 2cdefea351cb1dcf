import { asBool, asString, type BlockView, type RuleContext, type TerraformModule, type TfBlock } from '../api';
import { replaceValue } from './terraform-edits';
import { attributeOf, moduleFor, resourceInstances } from './terraform-evaluated';
import { headerAnchor, isOverrideFile } from './terraform-values';

const satelliteType = 'aws_s3_bucket_versioning';

/** The names of the buckets the module's `backend "s3"` blocks keep their state in. */
export function stateBucketNames(module: TerraformModule): Set<string> {
  const names = new Set<string>();
  for (const file of module.configFiles) {
    for (const settings of file.blocks.filter((block) => block.type === 'terraform')) {
      for (const backend of settings.blocksOf('backend')) {
        if (backend.labels[0]?.value !== 's3') continue;
        const name = asString(module.view(backend, file).value('bucket'));
        if (name !== undefined) names.add(name);
      }
    }
  }
  return names;
}

/** Bucket names that say they hold Terraform state: `acme-tfstate`, `terraform-state-prod`. */
const stateName = /(tf-?state|terraform-?state)/i;

/** Whether a bucket holds Terraform state: a backend of the module names it, or its name says so; undefined when not known. */
export function isStateBucket(module: TerraformModule, bucket: BlockView): boolean | undefined {
  const name = bucket.value('bucket') ?? bucket.value('bucket_prefix');
  if (name === undefined) return false;
  const text = asString(name);
  if (text === undefined) return undefined;
  return stateBucketNames(module).has(text) || stateName.test(text);
}

/** The bucket a versioning resource configures, when it is a bucket of the module. */
function bucketOf(module: TerraformModule, configuration: BlockView): TfBlock | undefined {
  const target = configuration.attribute('bucket')?.value;
  const buckets = module.resources('aws_s3_bucket');
  if (target?.kind === 'expression') {
    const name = target.references.find((r) => r.startsWith('aws_s3_bucket.'))?.split('.')[1];
    return buckets.find((b) => b.labels[1]?.value === name);
  }
  const literal = asString(configuration.value('bucket'));
  return literal === undefined ? undefined : buckets.find((b) => asString(module.view(b).value('bucket')) === literal);
}

/**
 * Whether some versioning resource of the module might configure the bucket: one that refers
 * to it, one naming it by its literal name, or one whose bucket cannot be told.
 */
function hasSatellite(module: TerraformModule, bucket: BlockView): boolean {
  if (module.referencing(bucket.block, satelliteType).some((satellite) => module.instances(satellite).length > 0)) return true;
  const name = asString(bucket.value('bucket'));
  return module.resources(satelliteType).some((satellite) =>
    module.instances(satellite).some((view) => {
      const target = view.value('bucket');
      if (target === undefined) return false;
      if (target.kind !== 'unknown') return name !== undefined && asString(target) === name;
      return !(target.reference ?? '').startsWith('aws_s3_bucket.');
    }),
  );
}

/** Whether Object Lock is on for a bucket, which keeps versioning on for good. */
function objectLocked(bucket: BlockView): boolean {
  return asBool(bucket.value('object_lock_enabled')) === true || bucket.blocks('object_lock_configuration').some((c) => asString(c.value('object_lock_enabled')) === 'Enabled');
}

/** Which buckets a versioning rule is about: `true` checks it, `false` or undefined (not known) leaves it alone. */
export type BucketFilter = (module: TerraformModule, bucket: BlockView) => boolean | undefined;

/**
 * The `check` of a rule that asks for S3 versioning on the buckets `applies` selects: a
 * separate `aws_s3_bucket_versioning` (provider 4.0 and later) whose status is not `Enabled` is
 * reported at the status, an inline `versioning { enabled = false }` (deprecated) at the value,
 * and a bucket with neither at its header.
 */
export function versioningCheck<M extends string>(
  applies: BucketFilter,
  messages: { suspended: M; disabled: M; none: M },
): (context: RuleContext<'terraform', M>) => void {
  return ({ file, module, report }) => {
    const project = moduleFor(file, module);
    for (const satellite of resourceInstances(project, file, satelliteType)) {
      const target = bucketOf(project, satellite);
      const views = target ? project.instances(target) : [];
      // A satellite of a bucket outside the module is checked only when the rule applies to any bucket.
      if (target ? !views.some((view) => applies(project, view) === true) : applies(project, satellite) !== true) continue;
      for (const configuration of satellite.blocks('versioning_configuration')) {
        const status = attributeOf(configuration, 'status');
        const text = asString(status?.value);
        if (!status || text === undefined || text === 'Enabled') continue;
        const suggest = status.literal ? [replaceValue(status.literal, 'Enabled', 'Enable versioning')] : undefined;
        report({ at: status.at, messageId: messages.suspended, data: { status: text }, value: status.value, suggest });
      }
    }
    for (const bucket of resourceInstances(project, file, 'aws_s3_bucket')) {
      if (applies(project, bucket) !== true || objectLocked(bucket)) continue;
      if (bucket.hasUnknownBlocks('versioning') || bucket.hasUnknownBlocks('object_lock_configuration')) continue;
      const inline = bucket.blocks('versioning').map((block) => attributeOf(block, 'enabled'));
      if (inline.some((enabled) => enabled && asBool(enabled.value) !== false)) continue;
      if (isOverrideFile(file) || hasSatellite(project, bucket)) continue;
      const off = inline.find((enabled) => enabled !== undefined);
      if (off) {
        const suggest = off.literal ? [replaceValue(off.literal, true, 'Enable versioning')] : undefined;
        report({ at: off.at, messageId: messages.disabled, value: off.value, suggest });
      } else {
        report({ at: headerAnchor(file, bucket.block), messageId: messages.none });
      }
    }
  };
}
