import { describe, expect, it } from 'vitest';
import type { Finding, FindingSeverity } from '../../server/src/engine/types';
import { capFindings } from '../../server/src/lsp/finding-cap';

const finding = (line: number, severity: FindingSeverity, ruleId = 'DKR-001'): Finding => ({
  ruleId,
  severity,
  message: `${severity} at ${line}`,
  range: { start: { line, character: 0 }, end: { line, character: 1 } },
  requirements: [],
  suggestions: [],
  related: [],
});

describe('the cap on the findings of a document', () => {
  it('keeps errors first, then the most severe, then the earliest, and gives them back in file order', () => {
    const findings = [
      finding(0, 'low'),
      finding(1, 'high'),
      finding(2, 'critical'),
      finding(3, 'high'),
      finding(4, 'medium'),
      finding(5, 'error', 'syntax'),
      finding(6, 'high'),
      finding(7, 'info', 'skipped'),
    ];
    const { findings: kept, omitted } = capFindings(findings, 4);
    expect(kept.map((f) => f.message)).toEqual(['high at 1', 'critical at 2', 'high at 3', 'error at 5']);
    expect(omitted).toBe(4);
  });

  it('leaves a document within the cap as it is', () => {
    const findings = [finding(0, 'low'), finding(1, 'high')];
    expect(capFindings(findings, 2)).toEqual({ findings, omitted: 0 });
  });
});
