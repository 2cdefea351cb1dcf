import type { AnyRule } from '../engine/rule';
import { controlLabel, renderCatalogMarkdown, resolveControls, ruleDocsUrl } from '../engine/rule-docs';
import type { RulesFormat } from './args';
import { plural } from './report';
import { safeJson, terminalSafe } from './format/terminal';
import { maxOf } from '../engine/arrays';
import { catalogAreaNames, catalogAreaOf, countByArea } from '../engine/catalog-matrix';

function byId(rules: readonly AnyRule[]): AnyRule[] {
  return [...rules].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function rulesJson(rules: readonly AnyRule[]): string {
  const entries = byId(rules).map((rule) => {
    const controls = resolveControls(rule);
    return {
      id: rule.id,
      title: rule.title,
      target: rule.target,
      area: catalogAreaOf(rule),
      severity: rule.severity,
      preset: rule.preset,
      options: rule.options ?? {},
      requirements: [...rule.requirements],
      controls: {
        nist80053: controls.nist80053.map(controlLabel),
        iso27001: controls.iso27001.map(controlLabel),
        cis: controls.cis.map(controlLabel),
      },
      docs: ruleDocsUrl(rule.id),
    };
  });
  return `${safeJson(entries)}\n`;
}

function rulesText(rules: readonly AnyRule[]): string {
  const sorted = byId(rules);
  if (sorted.length === 0) return 'No rules.\n';
  const idWidth = maxOf(sorted.map((r) => r.id.length));
  const severityWidth = maxOf(sorted.map((r) => r.severity.length));
  const targetWidth = maxOf(sorted.map((r) => r.target.length));
  const out: string[] = [];
  let strictShown = false;
  for (const rule of [...sorted.filter((r) => r.preset !== 'strict'), ...sorted.filter((r) => r.preset === 'strict')]) {
    if (rule.preset === 'strict' && !strictShown) {
      out.push(`${out.length > 0 ? '\n' : ''}Only in the strict preset:`);
      strictShown = true;
    }
    const controls = resolveControls(rule);
    const labels = [...controls.nist80053, ...controls.iso27001].map(controlLabel);
    out.push(
      terminalSafe(
        `${rule.id.padEnd(idWidth)}  ${rule.severity.padEnd(severityWidth)}  ${rule.target.padEnd(targetWidth)}  ${rule.title}` +
          `  [req ${rule.requirements.join(', ')}]${labels.length > 0 ? `  (${labels.join(', ')})` : ''}`,
      ),
    );
  }
  const areas = [...countByArea(sorted)].filter(([, count]) => count.all > 0);
  out.push('', `${plural(sorted.length, 'rule')}: ${areas.map(([area, count]) => `${catalogAreaNames[area]} ${count.all}`).join(', ')}`);
  return `${out.join('\n')}\n`;
}

/** `shiftguard rules`: the catalog as a table, JSON, or the Markdown of docs/rules.md. */
export function formatRules(rules: readonly AnyRule[], format: RulesFormat): string {
  if (format === 'json') return rulesJson(rules);
  if (format === 'markdown') return renderCatalogMarkdown(rules);
  return rulesText(rules);
}
