import { describe, expect, it } from 'vitest';
import { catalogAreaOf, countByArea, renderAreaSummary, renderRequirementMatrix } from '../../server/src/engine/catalog-matrix';
import type { AnyRule } from '../../server/src/engine/rule';
import { rules as allRules } from '../../rules';

function rule(id: string, target: AnyRule['target'], bad: string, extra: Partial<AnyRule> = {}): AnyRule {
  return {
    id,
    title: `Title of ${id}`,
    target,
    severity: 'high',
    preset: 'recommended',
    requirements: ['3.1'],
    docs: { rationale: 'Because.', remediation: 'Do it.' },
    messages: {},
    examples: { bad, good: '' },
    ...extra,
  } as AnyRule;
}

describe('catalogAreaOf', () => {
  it('reads the cloud of a Terraform rule from the types its examples use', () => {
    expect(catalogAreaOf(rule('A', 'terraform', 'resource "aws_s3_bucket" "b" {}'))).toBe('aws');
    expect(catalogAreaOf(rule('A', 'terraform', 'resource "azurerm_storage_account" "s" {}\ndata "azuread_user" "u" {}'))).toBe('azure');
    expect(catalogAreaOf(rule('A', 'terraform', 'data "google_iam_policy" "p" {}'))).toBe('gcp');
    expect(catalogAreaOf(rule('A', 'terraform', 'provider "google-beta" {}'))).toBe('gcp');
  });

  it('calls a rule whose examples span clouds, or name none, provider-independent', () => {
    expect(catalogAreaOf(rule('A', 'terraform', 'provider "aws" {}\nprovider "azurerm" {}'))).toBe('terraform');
    expect(catalogAreaOf(rule('A', 'terraform', 'variable "db_password" {}'))).toBe('terraform');
    // A prefix must end at an underscore: "awsome_thing" is not AWS.
    expect(catalogAreaOf(rule('A', 'terraform', 'resource "awsome_thing" "x" {}'))).toBe('terraform');
  });

  it('keeps the target of other rules', () => {
    expect(catalogAreaOf(rule('K', 'kubernetes', 'kind: Pod'))).toBe('kubernetes');
    expect(catalogAreaOf(rule('D', 'dockerfile', 'FROM x'))).toBe('dockerfile');
  });

  it('puts every built-in Terraform rule under one cloud unless it is about Terraform itself', () => {
    for (const r of allRules.filter((x) => x.target === 'terraform')) {
      const area = catalogAreaOf(r);
      expect(['aws', 'azure', 'gcp', 'terraform'], r.id).toContain(area);
    }
    expect(catalogAreaOf(allRules.find((r) => r.id === 'TF-001')!)).toBe('aws');
    expect(catalogAreaOf(allRules.find((r) => r.id === 'TF-002')!)).toBe('azure');
    expect(catalogAreaOf(allRules.find((r) => r.id === 'TF-003')!)).toBe('gcp');
  });
});

describe('the requirement tables', () => {
  const rules = [
    rule('TF-1', 'terraform', 'resource "aws_ebs_volume" "v" {}'),
    rule('TF-2', 'terraform', 'resource "aws_s3_bucket" "b" {}', { preset: 'strict', requirements: ['3.1', '6.1'] }),
    rule('DKR-1', 'dockerfile', 'FROM x', { requirements: ['4.1'] }),
  ];

  it('counts rules per area and preset', () => {
    const counts = countByArea(rules);
    expect(counts.get('aws')).toEqual({ all: 2, recommended: 1 });
    expect(counts.get('dockerfile')).toEqual({ all: 1, recommended: 1 });
    expect(counts.get('azure')).toEqual({ all: 0, recommended: 0 });
  });

  it('summarises only areas with rules, with the requirements they check', () => {
    const summary = renderAreaSummary(rules);
    expect(summary).toContain('| Terraform: AWS | 2 | 1 | 1 | 3.1, 6.1 |');
    expect(summary).toContain('| Dockerfile | 1 | 1 | 0 | 4.1 |');
    expect(summary).toContain('| **All** | **3** | **2** | **1** | |');
    expect(summary).not.toContain('Azure');
  });

  it('lists each requirement with its rules, strict ones in italics, and names the requirements left unchecked', () => {
    const matrix = renderRequirementMatrix(rules, (r) => r.id.toLowerCase());
    expect(matrix).toMatch(/\| 3\.1 [^|]+ \| \[TF-1\]\(#tf-1\), \*\[TF-2\]\(#tf-2\)\* \|/);
    expect(matrix).toMatch(/\| 6\.1 [^|]+ \| \*\[TF-2\]\(#tf-2\)\* \|/);
    const aws = matrix.slice(matrix.indexOf('### Terraform: AWS'), matrix.indexOf('### Dockerfile'));
    expect(aws).toContain('No rule of this area checks 1.1, 1.2,');
    expect(aws).not.toMatch(/checks[^.]*\b3\.1\b/);
  });
});
