import { asString, defineRule } from '../api';
import { allOf, appServiceApps, legacyAppServiceApps, transportEncryption } from '../shared/azure-transport';
import { attributeCheck, type AttributeCheck } from '../shared/terraform-attribute-check';

const ftps = (resources: readonly string[], absent: AttributeCheck<string>['absent']) =>
  attributeCheck<'plainFtp' | 'missing'>({
    resources,
    path: 'site_config.ftps_state',
    compliant: (value) => {
      const state = asString(value)?.trim().toLowerCase();
      return state === undefined ? undefined : state !== 'allallowed';
    },
    absent,
    messages: { insecure: 'plainFtp', missing: 'missing' },
    // A suggestion: deployment tools that upload over plain FTP must switch to FTPS.
    remedy: { value: 'FtpsOnly', title: 'Allow only FTPS', kind: 'suggest' },
  });

export default defineRule({
  id: 'TF-162',
  title: 'Do not allow plain FTP deployment to Azure App Service and Function Apps',
  target: 'terraform',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['3.2'],
  frameworks: transportEncryption(),
  docs: {
    rationale:
      'With ftps_state = "AllAllowed" the deployment endpoint of an app accepts plain FTP, which sends the publishing ' +
      'credentials and the uploaded code in clear text. Azure defaults the setting to AllAllowed; the azurerm 3.0 ' +
      'resources (azurerm_linux_web_app and the like) write "Disabled" when site_config leaves it out, but ' +
      'azurerm_app_service and azurerm_function_app (removed in 4.0) keep the Azure default.',
    remediation: 'Set site_config { ftps_state = "FtpsOnly" }, or "Disabled" when nothing deploys over FTP.',
    links: [
      { title: 'azurerm_linux_web_app site_config', url: 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_web_app#ftps_state' },
      { title: 'Deploy your app to App Service using FTP/S', url: 'https://learn.microsoft.com/azure/app-service/deploy-ftp#enforce-ftps' },
    ],
  },
  messages: {
    plainFtp: 'ftps_state = "AllAllowed" accepts plain FTP: publishing credentials and code cross the network in clear text.',
    missing: 'ftps_state is not set, so this app keeps the Azure default "AllAllowed" and accepts plain FTP.',
  },
  examples: {
    bad:
      'resource "azurerm_linux_web_app" "api" {\n  name       = "api"\n  https_only = true\n\n  site_config {\n    ftps_state = "AllAllowed"\n  }\n}\n',
    good:
      'resource "azurerm_linux_web_app" "api" {\n  name       = "api"\n  https_only = true\n\n  site_config {\n    ftps_state = "FtpsOnly"\n  }\n}\n',
  },
  check: allOf(ftps(appServiceApps, 'compliant'), ftps(legacyAppServiceApps, 'insecure')),
});
