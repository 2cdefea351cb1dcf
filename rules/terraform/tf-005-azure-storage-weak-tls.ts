import { defineRule } from '../api';
import { argumentNames, renamedArgument } from '../shared/provider-renames';
import { replaceValue } from '../shared/terraform-edits';
import { asBool, asString, attributeOf, moduleFor, resourceInstances } from '../shared/terraform-evaluated';

const weakVersions = new Set(['TLS1_0', 'TLS1_1']);
const httpsOnly = renamedArgument('azurerm_storage_account', 'enable_https_traffic_only');

export default defineRule({
  id: 'TF-005',
  title: 'Require HTTPS with TLS 1.2 or later on Azure storage accounts',
  target: 'terraform',
  severity: 'high',
  preset: 'recommended',
  requirements: ['3.2'],
  frameworks: {
    iso27001: ['A.8.24', 'A.5.14'],
    nist80053: ['SC-8', 'SC-8(1)'],
    cis: ['CIS Microsoft Azure Foundations Benchmark v5.0.0 9.3.4', 'CIS Microsoft Azure Foundations Benchmark v5.0.0 9.3.6'],
  },
  docs: {
    rationale:
      'TLS 1.0 and 1.1 have known weaknesses and are retired by Azure; plain HTTP sends account keys, SAS tokens and ' +
      'data in clear text. The provider defaults (TLS 1.2, HTTPS only) are safe, so only explicit downgrades are reported.',
    remediation: 'Set min_tls_version = "TLS1_2" and https_traffic_only_enabled = true, or remove the arguments to get those defaults.',
    links: [
      { title: 'azurerm_storage_account', url: 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account' },
      { title: 'Enforce a minimum TLS version for storage', url: 'https://learn.microsoft.com/azure/storage/common/transport-layer-security-configure-minimum-version' },
    ],
  },
  messages: {
    weakTls: 'min_tls_version = "{{version}}" lets clients connect with TLS older than 1.2.',
    httpAllowed: '{{name}} = false accepts plain HTTP requests to the storage account.',
  },
  examples: {
    bad:
      'resource "azurerm_storage_account" "logs" {\n  name                     = "stlogs"\n  resource_group_name      = "rg"\n' +
      '  location                 = "westeurope"\n  account_tier             = "Standard"\n  account_replication_type = "LRS"\n' +
      '  min_tls_version          = "TLS1_0"\n}\n',
    good:
      'resource "azurerm_storage_account" "logs" {\n  name                     = "stlogs"\n  resource_group_name      = "rg"\n' +
      '  location                 = "westeurope"\n  account_tier             = "Standard"\n  account_replication_type = "LRS"\n' +
      '  min_tls_version          = "TLS1_2"\n}\n',
  },
  check({ file, module, report }) {
    // Suggestions, not fixes: clients that still speak TLS 1.0/1.1 or HTTP stop working. Only a
    // literal written on the account is edited; a variable or local may serve other resources.
    const project = moduleFor(file, module);
    for (const account of resourceInstances(project, file, 'azurerm_storage_account')) {
      const tls = attributeOf(account, 'min_tls_version');
      const version = asString(tls?.value)?.trim().toUpperCase();
      if (tls && version && weakVersions.has(version)) {
        const suggest = tls.literal ? [replaceValue(tls.literal, 'TLS1_2', 'Require TLS 1.2')] : [];
        report({ at: tls.at, messageId: 'weakTls', data: { version }, suggest, value: tls.value });
      }
      // azurerm 4.0 renamed enable_https_traffic_only; either name may appear while the provider version is unknown.
      for (const name of argumentNames(project, httpsOnly)) {
        const value = attributeOf(account, name);
        if (value && asBool(value.value) === false) {
          const suggest = value.literal ? [replaceValue(value.literal, true, 'Accept HTTPS only')] : [];
          report({ at: value.at, messageId: 'httpAllowed', data: { name }, suggest, value: value.value });
        }
      }
    }
  },
});
