import type { AnyRule } from './rule';
import { requirements, type RequirementId } from '../../../rules/requirements';

/**
 * Where a rule applies, at the grain users ask about ("what do you check on Azure?"): the cloud
 * of a Terraform rule, or the target of any other rule.
 */
export type CatalogArea = 'aws' | 'azure' | 'gcp' | 'terraform' | 'kubernetes' | 'dockerfile';

/** Display names, in the order the catalog lists the areas. */
export const catalogAreaNames: Record<CatalogArea, string> = {
  aws: 'Terraform: AWS',
  azure: 'Terraform: Azure',
  gcp: 'Terraform: Google Cloud',
  terraform: 'Terraform: any provider',
  kubernetes: 'Kubernetes',
  dockerfile: 'Dockerfile',
};

/** Resource-type prefixes of the three clouds' providers (azuread is Entra ID, part of Azure). */
const cloudPrefixes: readonly [CatalogArea, RegExp][] = [
  ['aws', /^aws(?:_|$)/],
  ['azure', /^(?:azurerm|azuread|azapi)(?:_|$)/],
  ['gcp', /^google(?:-beta)?(?:_|$)/],
];

/**
 * The cloud a Terraform rule is about, read from the resource, data source and provider types
 * of its examples: the examples are required on every rule and tested, so the classification
 * cannot drift from what the rule checks. A rule whose examples span clouds (or name none)
 * applies to any provider.
 */
export function catalogAreaOf(rule: Pick<AnyRule, 'target' | 'examples'>): CatalogArea {
  if (rule.target !== 'terraform') return rule.target;
  const clouds = new Set<CatalogArea>();
  const text = `${rule.examples.bad}\n${rule.examples.good}`;
  for (const match of text.matchAll(/\b(?:resource|data|provider)\s+"([A-Za-z0-9_-]+)"/g)) {
    const cloud = cloudPrefixes.find(([, prefix]) => prefix.test(match[1]))?.[0];
    if (cloud) clouds.add(cloud);
  }
  return clouds.size === 1 ? [...clouds][0] : 'terraform';
}

function sortedById(rules: readonly AnyRule[]): AnyRule[] {
  return [...rules].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Counts of rules per area, for summaries (README, `shiftguard rules`). */
export function countByArea(rules: readonly AnyRule[]): Map<CatalogArea, { all: number; recommended: number }> {
  const counts = new Map<CatalogArea, { all: number; recommended: number }>();
  for (const area of Object.keys(catalogAreaNames) as CatalogArea[]) counts.set(area, { all: 0, recommended: 0 });
  for (const rule of rules) {
    const entry = counts.get(catalogAreaOf(rule))!;
    entry.all += 1;
    if (rule.preset === 'recommended') entry.recommended += 1;
  }
  return counts;
}

/** Marks the summary table so that the README can carry a copy of it (`npm run docs`). */
export const areaSummaryMarkers = { start: '<!-- rule-counts:start -->', end: '<!-- rule-counts:end -->' } as const;

/** Rules per area and preset, with the requirements each area checks, between the copy markers. */
export function renderAreaSummary(rules: readonly AnyRule[]): string {
  const out: string[] = [areaSummaryMarkers.start, '', '| Area | Rules | In `recommended` | Only in `strict` | Requirements checked |', '| --- | --- | --- | --- | --- |'];
  let total = 0;
  let totalRecommended = 0;
  for (const [area, { all, recommended }] of countByArea(rules)) {
    if (all === 0) continue;
    total += all;
    totalRecommended += recommended;
    const checked = (Object.keys(requirements) as RequirementId[]).filter((id) => rules.some((r) => catalogAreaOf(r) === area && r.requirements.includes(id)));
    out.push(`| ${catalogAreaNames[area]} | ${all} | ${recommended} | ${all - recommended} | ${checked.join(', ')} |`);
  }
  out.push(`| **All** | **${total}** | **${totalRecommended}** | **${total - totalRecommended}** | |`, '', areaSummaryMarkers.end);
  return out.join('\n');
}

/**
 * The requirement x rule tables of the catalog document: one per area, a row per requirement
 * with the rules that check it there (strict-only rules marked), and the requirements that no
 * rule of the area checks named below the table, so the table never implies more than it has.
 */
export function renderRequirementMatrix(rules: readonly AnyRule[], anchorOf: (rule: AnyRule) => string): string {
  const out: string[] = ['## Rules by requirement', '', renderAreaSummary(rules)];
  out.push(
    '',
    'In the tables, a rule in *italics* runs only in the `strict` preset. Requirements 5.2, 7.1 and 8.2 are ' +
      'process requirements (risk acceptance, governance, delivery) that no file of the code can show.',
  );
  const ids = Object.keys(requirements) as RequirementId[];
  for (const area of Object.keys(catalogAreaNames) as CatalogArea[]) {
    const ofArea = sortedById(rules.filter((rule) => catalogAreaOf(rule) === area));
    if (ofArea.length === 0) continue;
    out.push('', `### ${catalogAreaNames[area]}`, '', '| Requirement | Rules |', '| --- | --- |');
    const unchecked: string[] = [];
    for (const id of ids) {
      const checking = ofArea.filter((rule) => rule.requirements.includes(id));
      if (checking.length === 0) {
        unchecked.push(id);
        continue;
      }
      const cells = checking.map((rule) => {
        const link = `[${rule.id}](#${anchorOf(rule)})`;
        return rule.preset === 'strict' ? `*${link}*` : link;
      });
      out.push(`| ${id} ${requirements[id].title} | ${cells.join(', ')} |`);
    }
    if (unchecked.length > 0) out.push('', `No rule of this area checks ${unchecked.join(', ')}.`);
  }
  return out.join('\n');
}
