import { asString, type FrameworkRefs, type RelatedLocation, type TerraformFile, type TerraformModule, type TfBlock, type TfEvalValue, type TfValue } from '../api';
import { headerAnchor } from './terraform-values';
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
