import type { RequirementId } from '../requirements';
import { asString, type FrameworkRefs, type Preset, type RuleContext, type Severity } from '../api';
import { mustNotBeTrue, publicExposure } from './azure-transport';
import { attributeCheck, type CheckScope, type Verdict } from './terraform-attribute-check';

/** The message ids of a public-network-access check. */
export type PublicAccessIds = 'enabled' | 'missing';

/** The messages of a public-network-access check; `{{name}}` and `{{value}}` are the argument and value written. */
export const publicAccessMessages = (what: string) => ({
  enabled: `{{name}} = {{value}} gives this ${what} a public endpoint.`,
  missing: `Public network access is not turned off, so this ${what} has a public endpoint (the default).`,
});

/** One family of resources whose public endpoint a boolean argument (default true) turns on. */
export interface PublicAccess {
  resources: readonly string[];
  /** `public_network_access_enabled` unless the resource spells it otherwise. */
  argument?: string;
  /** What an absent argument means; the provider default (a public endpoint) unless said otherwise. */
  absent?: Verdict | ((scope: CheckScope) => Verdict);
}

/**
 * The check of a public-network-access flag. The edit is a suggestion: clients outside private
 * endpoints and trusted services lose access.
 */
export function publicAccessCheck(spec: PublicAccess): (context: RuleContext<'terraform', PublicAccessIds>) => void {
  const name = spec.argument ?? 'public_network_access_enabled';
  return attributeCheck<PublicAccessIds>({
    resources: spec.resources,
    ...mustNotBeTrue(name),
    absent: spec.absent ?? 'insecure',
    messages: { insecure: 'enabled', missing: 'missing' },
    data: () => ({ name, value: 'true' }),
  });
}

/**
 * The verdict on an absent flag of a resource that has no public endpoint once placed in a
 * subnet (`delegated_subnet_id` of a flexible server, `subnet_id` of a Redis cache): public
 * without the subnet, undecided when the subnet is not known.
 */
export const publicUnlessInSubnet =
  (argument: string) =>
  ({ resource }: CheckScope): Verdict => {
    const subnet = resource.value(argument);
    if (subnet === undefined || subnet.kind === 'null') return 'insecure';
    return subnet.kind === 'unknown' ? 'unknown' : 'compliant';
  };

/** Whether a string argument (`public_network_access = "Enabled"`) opens a public endpoint; undefined when not known. */
export function isDisabledText(value: Parameters<typeof asString>[0]): boolean | undefined {
  const text = asString(value)?.trim().toLowerCase();
  return text === undefined ? undefined : text !== 'enabled';
}

/**
 * The metadata every public-network-access rule shares: a Terraform rule for 2.1, medium and
 * strict (private access is hardening where the firewall of the service already restricts clients).
 */
export const publicAccessRule: { target: 'terraform'; severity: Severity; preset: Preset; requirements: RequirementId[]; frameworks: FrameworkRefs } = {
  target: 'terraform',
  severity: 'medium',
  preset: 'strict',
  requirements: ['2.1'],
  frameworks: publicExposure(),
};
