import type { AnyRule, FrameworkRefs } from './rule';
import type { CisControl, FrameworkControl, Requirement } from './requirement-types';
import { requirements, type RequirementId } from '../../../rules/requirements';
import { renderRequirementMatrix } from './catalog-matrix';

/** Where each rule's documentation page lives: `${ruleDocsBaseUrl}/DKR-001`. */
export const ruleDocsBaseUrl = 'https://shiftguard.dev/rules';

/** The stable documentation URL of a rule id (also used for built-in codes such as `syntax`). */
export function ruleDocsUrl(ruleId: string): string {
  return `${ruleDocsBaseUrl}/${ruleId}`;
}

/** The framework controls a rule maps to, each list in catalog order without duplicates. */
export interface ResolvedControls {
  nist80053: FrameworkControl[];
  iso27001: FrameworkControl[];
  cis: CisControl[];
}

/** Display names of the frameworks, as used in docs, hovers and SARIF taxonomies. */
export const frameworkNames: Record<keyof ResolvedControls, string> = {
  nist80053: 'NIST SP 800-53 Rev. 5',
  iso27001: 'ISO/IEC 27001:2022',
  cis: 'CIS Benchmarks',
};

/** The requirement of a catalog id, or undefined for an id the catalog does not have. */
export function requirementOf(id: string): Requirement | undefined {
  return Object.prototype.hasOwnProperty.call(requirements, id) ? requirements[id as RequirementId] : undefined;
}

function unique<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function narrow<T>(all: T[], wanted: readonly string[] | undefined, key: (item: T) => string): T[] {
  if (!wanted) return all;
  const keep = new Set(wanted);
  return all.filter((item) => keep.has(key(item)));
}

/**
 * The controls of a rule: all controls of its requirements, narrowed per framework by the rule's
 * own `frameworks` lists (an absent list keeps every control of that framework; an empty list
 * keeps none). CIS items are matched by their full `ref`.
 */
export function resolveControls(rule: Pick<AnyRule, 'requirements'> & { frameworks?: FrameworkRefs }): ResolvedControls {
  const reqs = rule.requirements.map(requirementOf).filter((r): r is Requirement => r !== undefined);
  const nist = unique(reqs.flatMap((r) => [...r.nist80053]), (c) => c.id);
  const iso = unique(reqs.flatMap((r) => [...r.iso27001]), (c) => c.id);
  const cis = unique(reqs.flatMap((r) => [...r.cis]), (c) => c.ref);
  return {
    nist80053: narrow(nist, rule.frameworks?.nist80053, (c) => c.id),
    iso27001: narrow(iso, rule.frameworks?.iso27001, (c) => c.id),
    cis: narrow(cis, rule.frameworks?.cis, (c) => c.ref),
  };
}

/** Identifier of a control as people cite it: `AC-6`, `A.8.2`, `CIS Docker Benchmark v1.6.0 4.1`. */
export function controlLabel(control: FrameworkControl | CisControl): string {
  return 'ref' in control ? control.ref : control.id;
}

function markdownLink(text: string, url: string | undefined): string {
  const escaped = text.replace(/([[\]])/g, '\\$1');
  return url ? `[${escaped}](${url})` : escaped;
}

/** What a rule checks; workload rules also read the pods and containers of Terraform's Kubernetes provider. */
function targetOf(rule: AnyRule): string {
  return rule.workloads ? `${rule.target} (and \`kubernetes_*\` resources in Terraform)` : rule.target;
}

/**
 * Documentation of a rule in Markdown: summary line, rationale, remediation, requirements and
 * framework controls with links. Editor hovers, SARIF `help` and the generated catalog all use it,
 * so the three never disagree. `headingLevel` is the level of the rule's own heading (0: none).
 */
export function renderRuleMarkdown(rule: AnyRule, headingLevel = 0): string {
  const out: string[] = [];
  if (headingLevel > 0) out.push(`${'#'.repeat(headingLevel)} ${rule.id}: ${rule.title}`, '');
  else out.push(`**${rule.id}: ${rule.title}**`, '');
  out.push(`Severity: ${rule.severity} · Preset: ${rule.preset} · Target: ${targetOf(rule)}`, '');
  out.push(rule.docs.rationale, '');
  out.push(`**Remediation:** ${rule.docs.remediation}`, '');
  const options = Object.entries(rule.options ?? {});
  if (options.length > 0) {
    out.push('**Options** (`--rule-option ' + `${rule.id}.<name>=<value>` + '`):', '');
    for (const [name, option] of options) out.push(`- \`${name}\` (${option.type}, default \`${String(option.default)}\`): ${option.description}`);
    out.push('');
  }
  const reqs = rule.requirements.map((id) => ({ id, requirement: requirementOf(id) }));
  if (reqs.length > 0) {
    out.push('**Requirements:**', '');
    for (const { id, requirement } of reqs) out.push(`- ${id} ${requirement?.title ?? ''}`.trimEnd());
    out.push('');
  }
  const controls = resolveControls(rule);
  const groups = (Object.keys(frameworkNames) as (keyof ResolvedControls)[]).filter((k) => controls[k].length > 0);
  if (groups.length > 0) {
    out.push('**Controls:**', '');
    for (const key of groups) {
      const items = controls[key].map((c) => `${markdownLink(controlLabel(c), c.url)} ${c.title}`.trim());
      out.push(`- ${frameworkNames[key]}: ${items.join('; ')}`);
    }
    out.push('');
  }
  const links = rule.docs.links ?? [];
  if (links.length > 0) {
    out.push('**References:**', '');
    for (const link of links) out.push(`- ${markdownLink(link.title, link.url)}`);
    out.push('');
  }
  out.push(`[Rule documentation](${ruleDocsUrl(rule.id)})`);
  return out.join('\n');
}

/** The same documentation as plain text, for consumers that cannot show Markdown. */
export function renderRuleText(rule: AnyRule): string {
  const out: string[] = [`${rule.id}: ${rule.title}`, '', rule.docs.rationale, '', `Remediation: ${rule.docs.remediation}`];
  for (const [name, option] of Object.entries(rule.options ?? {})) out.push('', `Option ${name} (${option.type}, default ${String(option.default)}): ${option.description}`);
  if (rule.requirements.length > 0) {
    out.push('', 'Requirements:');
    for (const id of rule.requirements) out.push(`- ${id} ${requirementOf(id)?.title ?? ''}`.trimEnd());
  }
  const controls = resolveControls(rule);
  for (const key of Object.keys(frameworkNames) as (keyof ResolvedControls)[]) {
    if (controls[key].length === 0) continue;
    out.push('', `${frameworkNames[key]}:`);
    for (const c of controls[key]) out.push(`- ${controlLabel(c)} ${c.title}`.trimEnd());
  }
  out.push('', `Documentation: ${ruleDocsUrl(rule.id)}`);
  return out.join('\n');
}

function tableCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/**
 * The generated catalog document (`docs/rules.md`): an index table, the requirement x rule
 * tables per area, then every rule's documentation. Deterministic: rules in id order.
 */
export function renderCatalogMarkdown(rules: readonly AnyRule[]): string {
  const sorted = [...rules].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const out: string[] = [
    '# Rules',
    '',
    '<!-- Generated by `npm run docs` (shiftguard rules --format markdown). Do not edit by hand. -->',
    '',
    `${sorted.length} rules: ${sorted.filter((r) => r.preset === 'recommended').length} in the default \`recommended\` preset; ` +
      '`strict` (`--preset strict`, setting `shiftguard.preset`) runs all of them.',
    '',
    '| Id | Severity | Preset | Target | Title | Requirements |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const rule of sorted) {
    const anchor = rule.id.toLowerCase();
    out.push(
      `| [${rule.id}](#${anchor}) | ${rule.severity} | ${rule.preset} | ${targetOf(rule)} | ${tableCell(rule.title)} | ${rule.requirements.join(', ')} |`,
    );
  }
  out.push('', renderRequirementMatrix(sorted, (rule) => rule.id.toLowerCase()), '', '## The rules');
  for (const rule of sorted) {
    out.push('', `<a id="${rule.id.toLowerCase()}"></a>`, '', renderRuleMarkdown(rule, 3));
  }
  out.push('');
  return out.join('\n');
}
