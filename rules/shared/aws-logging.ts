import type { RequirementId } from '../requirements';
import { asString, type BlockView, type FrameworkRefs, type Preset, type RuleContext, type Severity, type RelatedLocation, type TerraformFile, type TerraformModule, type TfBlock, type TfEvalValue, type TfValue } from '../api';
import { moduleFor } from './terraform-evaluated';
import { headerAnchor, isOverrideFile } from './terraform-values';
import type { CheckScope, Verdict } from './terraform-attribute-check';

/**
 * The controls of a check that asks a service to record its events (6.1): ISO/IEC 27001:2022
 * A.8.15 and A.8.16, NIST SP 800-53 AU-2, AU-3 and AU-12, and the CIS benchmark items that
 * name the service, if any.
 */
export function auditLogging(...cis: string[]): FrameworkRefs {
  return { iso27001: ['A.8.15', 'A.8.16'], nist80053: ['AU-2', 'AU-3', 'AU-12'], ...(cis.length > 0 ? { cis } : {}) };
}

/** The CIS AWS Foundations Benchmark item, in the form the catalog cites it. */
export const cisAws = (item: string): string => `CIS Amazon Web Services Foundations Benchmark v3.0.0 ${item}`;

/**
 * For a setting inside an optional nested block that only takes effect with the block: the
 * argument is compliant when its block is written (its default is on) and not when the block is
 * missing.
 */
export const onWithBlock =
  (block: string) =>
  ({ resource }: CheckScope): Verdict =>
    resource.blocks(block).length > 0 ? 'compliant' : 'insecure';

/**
 * The remedy value `true` only where the block already exists: an access-log block cannot be
 * added without a destination the author has to choose.
 */
export const trueInExistingBlock =
  (block: string) =>
  ({ resource }: CheckScope): true | undefined =>
    resource.blocks(block).length > 0 ? true : undefined;

/** Whether a known value names something (a key, a destination): any non-blank string. */
export function namesSomething(value: TfEvalValue): boolean | undefined {
  const text = asString(value);
  return text === undefined ? undefined : text.trim() !== '';
}

/** Whether a reference is to `address` or into it (`aws_vpc.main.id`, `aws_vpc.main[0].id`). */
export const refersTo = (reference: string | undefined, address: string): boolean =>
  reference !== undefined && (reference === address || reference.startsWith(`${address}.`) || reference.startsWith(`${address}[`));

/** Whether a value as written refers to `address`. */
export const mentions = (value: TfValue | undefined, address: string): boolean =>
  value?.kind === 'expression' && value.references.some((reference) => refersTo(reference, address));

/** Related information naming a block of the module at its header (with its file when it is another). */
export function relatedBlock(module: TerraformModule, file: TerraformFile, block: TfBlock | undefined, message: string): RelatedLocation[] | undefined {
  const where = block && module.fileOf(block);
  if (!block || !where) return undefined;
  return [{ message, range: headerAnchor(where, block), ...(where !== file ? { path: where.path } : {}) }];
}

/** A resource that turns on logging for another one: its type, and the argument naming the target. */
export interface LoggingResource {
  type: string;
  argument: string;
  /** The address of the logged resource, e.g. `aws_vpc.main`. */
  target: string;
  /** The target's name, when the logging resource may name it literally (a cluster identifier). */
  name?: string;
}

/**
 * What the module's logging resources of a type say about a target: `created` when one of them
 * is for it, `undecided` when one is for something that cannot be traced (a variable, a module
 * output, a data source), else the blocks that may be for it but are not created with these
 * inputs (`count` or `for_each` empty), for related information.
 */
export function loggingResourcesFor(module: TerraformModule, { type, argument, target, name }: LoggingResource): 'created' | 'undecided' | TfBlock[] {
  const targetType = `${target.split('.')[0]}.`;
  const absent: TfBlock[] = [];
  let undecided = false;
  for (const block of module.resources(type)) {
    const written = block.attribute(argument)?.value;
    const forTarget = mentions(written, target);
    const instances = module.instances(block);
    // A block not created has no instance to evaluate: it counts unless written for another target.
    const forOther = written?.kind === 'expression' && !forTarget && written.references.some((r) => r.startsWith(targetType));
    if (instances.length === 0 && written !== undefined && !forOther) absent.push(block);
    for (const view of instances) {
      const value = view.value(argument);
      if (forTarget || (value?.kind === 'unknown' && refersTo(value.reference, target))) return 'created';
      if (value?.kind === 'unknown' && !(value.reference ?? '').startsWith(targetType)) undecided = true;
      if (name !== undefined && value !== undefined && asString(value) === name) return 'created';
    }
  }
  return undecided ? 'undecided' : absent;
}

/** Whether a module call of the module is passed the resource: it may configure its logging. */
export function passedToModule(module: TerraformModule, address: string): boolean {
  return module.configFiles.some((file) => file.blocks.some((block) => block.type === 'module' && block.attributes.some((a) => mentions(a.value, address))));
}

/**
 * The metadata every access- or audit-log rule of a service shares: a Terraform rule for 6.1,
 * on by default with medium severity unless said otherwise.
 */
export function serviceLogRule(
  overrides: { severity?: Severity; preset?: Preset } = {},
): { target: 'terraform'; severity: Severity; preset: Preset; requirements: RequirementId[]; frameworks: FrameworkRefs } {
  return { target: 'terraform', severity: 'medium', preset: 'recommended', requirements: ['6.1'], frameworks: auditLogging(), ...overrides };
}

/**
 * "A resource of type X needs a logging resource of type Y that names it", as data: a VPC and
 * its `aws_flow_log`, a web ACL and its logging configuration, a hosted zone and its query log.
 */
export interface SplitLoggingCheck<M extends string> {
  /** The resource that must be logged. */
  resource: string;
  /** The logging resource type and the argument of it that names the logged resource. */
  logging: { type: string; argument: string };
  /** Whether the instances of a resource are not to be decided (a private zone). */
  skip?: (views: BlockView[]) => boolean;
  /** No logging resource names the resource; one does, but is not created with these inputs. */
  messages: { none: M; notCreated: M };
  /** The related information at a logging resource that is not created. */
  related: string;
}

/**
 * The `check` of a {@link SplitLoggingCheck}: a resource is reported at its header when its
 * module creates no logging resource for it, and stays silent when one could be for it (a
 * reference that cannot be traced, a module call that is passed the resource). Override files
 * are left alone: they patch a block defined elsewhere.
 */
export function splitLoggingCheck<M extends string>(spec: SplitLoggingCheck<M>): (context: RuleContext<'terraform', M>) => void {
  return ({ file, module, report }) => {
    if (isOverrideFile(file)) return;
    const project = moduleFor(file, module);
    // Once per block: its instances share the logging resources that name it.
    for (const block of file.resources(spec.resource)) {
      const views = project.instances(block);
      if (views.length === 0 || spec.skip?.(views)) continue;
      const address = `${spec.resource}.${block.labels[1]?.value}`;
      const logging = loggingResourcesFor(project, { ...spec.logging, target: address });
      if (!Array.isArray(logging) || passedToModule(project, address)) continue;
      const [absent] = logging;
      report({
        at: headerAnchor(file, block),
        messageId: absent ? spec.messages.notCreated : spec.messages.none,
        related: relatedBlock(project, file, absent, spec.related),
      });
    }
  };
}
