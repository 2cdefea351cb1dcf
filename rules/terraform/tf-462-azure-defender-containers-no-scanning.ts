import { asString, defineRule } from '../api';
import { azurermDoc, cisAzure, oneOf } from '../shared/azure-hardening';
import { moduleFor, resourceInstances } from '../shared/terraform-evaluated';
import { headerAnchor, isOverrideFile } from '../shared/terraform-values';

const extension = 'ContainerRegistriesVulnerabilityAssessments';

export default defineRule({
  id: 'TF-462',
  title: 'Turn on registry image scanning in Microsoft Defender for Containers',
  target: 'terraform',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['5.1', '5.3'],
  frameworks: { iso27001: ['A.8.8'], nist80053: ['RA-5', 'RA-5(2)'], cis: [cisAzure('8.1.4.1')] },
  docs: {
    rationale:
      'An azurerm_security_center_subscription_pricing for resource_type = "Containers" on the Standard tier enables ' +
      'only the extensions it declares: without an extension { name = "ContainerRegistriesVulnerabilityAssessments" } ' +
      'block, Defender for Containers does not scan the images pushed to Azure Container Registry, nor re-scan them ' +
      'when new vulnerabilities are published.',
    remediation: `Add extension { name = "${extension}" } to the Containers plan.`,
    links: [
      azurermDoc('security_center_subscription_pricing', 'extension'),
      { title: 'Vulnerability assessments for Azure with Microsoft Defender Vulnerability Management', url: 'https://learn.microsoft.com/azure/defender-for-cloud/agentless-vulnerability-assessment-azure' },
    ],
  },
  messages: {
    noScanning: `The Containers plan does not enable ${extension}, so registry images are not scanned.`,
  },
  examples: {
    bad: 'resource "azurerm_security_center_subscription_pricing" "containers" {\n  tier          = "Standard"\n  resource_type = "Containers"\n}\n',
    good:
      'resource "azurerm_security_center_subscription_pricing" "containers" {\n  tier          = "Standard"\n  resource_type = "Containers"\n\n' +
      `  extension {\n    name = "${extension}"\n  }\n}\n`,
  },
  check({ file, module, report }) {
    if (isOverrideFile(file)) return;
    const project = moduleFor(file, module);
    for (const plan of resourceInstances(project, file, 'azurerm_security_center_subscription_pricing')) {
      const type = plan.value('resource_type');
      const tier = plan.value('tier');
      if (type === undefined || tier === undefined || oneOf(type, 'Containers') !== true || oneOf(tier, 'Standard') !== true) continue;
      if (plan.hasUnknownBlocks('extension')) continue;
      const names = plan.blocks('extension').map((block) => {
        const name = block.value('name');
        return name === undefined ? undefined : asString(name);
      });
      if (names.some((name) => name === undefined || name.trim() === extension)) continue;
      // No edit: extensions are billed and some need their own settings.
      report({ at: headerAnchor(file, plan.block), messageId: 'noScanning' });
    }
  },
});
