import { beforeAll, describe, expect, it } from 'vitest';
import { initParsers, parseSource } from '../../server/src/parsers';
import type { TerraformFile } from '../../server/src/parsers/terraform/model';
import { TerraformModule } from '../../server/src/engine/terraform/module';
import { constraintMajors, lockedVersion, normalizeProviderSource, providerMajor } from '../../server/src/engine/terraform/provider-versions';

beforeAll(async () => {
  await initParsers();
});

const lock = (version: string) =>
  '# This file is maintained automatically by "terraform init".\n\n' +
  `provider "registry.terraform.io/hashicorp/azurerm" {\n  version     = "${version}"\n  constraints = "~> 4.0"\n  hashes = [\n    "h1:abc=",\n  ]\n}\n`;

function moduleOf(files: Record<string, string>, lockFile?: string): TerraformModule {
  const parsed = Object.entries(files).map(([name, text]) => parseSource(`/m/${name}`, text) as TerraformFile);
  return new TerraformModule('/m', parsed, { readFile: (path) => (path === '.terraform.lock.hcl' ? lockFile : undefined) });
}

const required = (entry: string) => `terraform {\n  required_providers {\n    ${entry}\n  }\n}\n`;

describe('provider versions', () => {
  it('normalizes source addresses', () => {
    expect(normalizeProviderSource('registry.terraform.io/hashicorp/azurerm')).toBe('hashicorp/azurerm');
    expect(normalizeProviderSource('HashiCorp/AzureRM')).toBe('hashicorp/azurerm');
    expect(normalizeProviderSource('azurerm')).toBe('hashicorp/azurerm');
    expect(normalizeProviderSource('example.com/acme/azurerm')).toBe('example.com/acme/azurerm');
  });

  it('reads the majors a constraint allows', () => {
    expect(constraintMajors('~> 4.0')).toEqual({ low: 4, high: 4 });
    expect(constraintMajors('~> 4.1.2')).toEqual({ low: 4, high: 4 });
    expect(constraintMajors('~> 4')).toEqual({ low: 4, high: undefined });
    expect(constraintMajors('>= 4.0, < 5.0')).toEqual({ low: 4, high: 4 });
    expect(constraintMajors('>= 3.0, < 5.0')).toEqual({ low: 3, high: 4 });
    expect(constraintMajors('>= 4.0, < 4.50')).toEqual({ low: 4, high: 4 });
    expect(constraintMajors('4.1.0')).toEqual({ low: 4, high: 4 });
    expect(constraintMajors('= 3.117.1')).toEqual({ low: 3, high: 3 });
    expect(constraintMajors('>= 3.0')).toEqual({ low: 3, high: undefined });
    expect(constraintMajors('latest')).toBeUndefined();
  });

  it('reads the version a lock file selects', () => {
    expect(lockedVersion(lock('4.12.0'), 'hashicorp/azurerm')).toBe('4.12.0');
    expect(lockedVersion(lock('4.12.0'), 'hashicorp/aws')).toBeUndefined();
  });

  it('takes the major from the lock file first', () => {
    const module = moduleOf({ 'versions.tf': required('azurerm = { source = "hashicorp/azurerm", version = ">= 3.0" }') }, lock('4.12.0'));
    expect(providerMajor(module, 'hashicorp/azurerm')).toBe(4);
  });

  it('takes the major from constraints that pin one', () => {
    expect(providerMajor(moduleOf({ 'versions.tf': required('azurerm = { source = "hashicorp/azurerm", version = "~> 4.0" }') }), 'hashicorp/azurerm')).toBe(4);
    expect(providerMajor(moduleOf({ 'versions.tf': required('azurerm = { source = "hashicorp/azurerm", version = ">= 3.0, < 4.0" }') }), 'hashicorp/azurerm')).toBe(3);
    expect(providerMajor(moduleOf({ 'versions.tf': required('azurerm = "~> 2.40"') }), 'hashicorp/azurerm')).toBe(2);
    expect(providerMajor(moduleOf({ 'main.tf': 'provider "azurerm" {\n  version = "=2.99.0"\n  features {}\n}\n' }), 'hashicorp/azurerm')).toBe(2);
  });

  it('intersects the constraints of several files', () => {
    const module = moduleOf({
      'versions.tf': required('azurerm = { source = "hashicorp/azurerm", version = ">= 3.0" }'),
      'other.tf': required('azurerm = { version = "< 4.0" }'),
    });
    expect(providerMajor(module, 'hashicorp/azurerm')).toBe(3);
  });

  it('reads JSON syntax', () => {
    const module = moduleOf({
      'versions.tf.json': '{ "terraform": { "required_providers": { "azurerm": { "source": "hashicorp/azurerm", "version": "~> 4.3" } } } }\n',
    });
    expect(providerMajor(module, 'hashicorp/azurerm')).toBe(4);
  });

  it('is unknown when nothing pins one major', () => {
    expect(providerMajor(moduleOf({ 'main.tf': 'resource "azurerm_resource_group" "rg" {}\n' }), 'hashicorp/azurerm')).toBeUndefined();
    expect(providerMajor(moduleOf({ 'versions.tf': required('azurerm = { source = "hashicorp/azurerm", version = ">= 3.0" }') }), 'hashicorp/azurerm')).toBeUndefined();
    expect(providerMajor(moduleOf({ 'versions.tf': required('azurerm = { source = "hashicorp/azurerm", version = var.v }') }), 'hashicorp/azurerm')).toBeUndefined();
    expect(providerMajor(moduleOf({ 'versions.tf': required('azurerm = { source = "acme/azurerm", version = "~> 4.0" }') }), 'hashicorp/azurerm')).toBeUndefined();
  });
});
