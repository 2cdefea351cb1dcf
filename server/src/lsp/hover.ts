import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { AnyRule } from '../engine/rule';
import { renderRuleMarkdown } from '../engine/rule-docs';
import { rangeContains } from '../engine/text';
import type { LintResult } from './document-linter';

/** Hover over a finding: its message, then the rule's documentation with requirements and controls. */
export function hoverAt(result: LintResult | undefined, position: Position, rules: readonly AnyRule[]): Hover | null {
  if (!result) return null;
  const here = result.findings.filter((f) => rangeContains(f.range, position));
  if (here.length === 0) return null;
  const sections = here.map((finding) => {
    const rule = rules.find((r) => r.id === finding.ruleId);
    const heading = `**${finding.message}** (${finding.severity})`;
    return rule ? `${heading}\n\n${renderRuleMarkdown(rule)}` : `${heading}\n\n\`${finding.ruleId}\``;
  });
  return { contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') }, range: here[0].range };
}
