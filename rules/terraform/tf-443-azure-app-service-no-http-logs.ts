import { defineRule } from '../api';
import { serviceLogRule } from '../shared/aws-logging';
import { azurermDoc } from '../shared/azure-hardening';
import { moduleFor, resourceInstances } from '../shared/terraform-evaluated';
import { headerAnchor, isOverrideFile } from '../shared/terraform-values';

/** The web apps that have a `logs` block (function apps log through Application Insights instead). */
const webApps = ['azurerm_linux_web_app', 'azurerm_windows_web_app', 'azurerm_linux_web_app_slot', 'azurerm_windows_web_app_slot', 'azurerm_app_service', 'azurerm_app_service_slot'];

export default defineRule({
  id: 'TF-443',
  title: 'Turn on HTTP logs for Azure App Service web apps',
  // Strict: many apps send request logs to Application Insights or a diagnostic setting instead.
  ...serviceLogRule({ severity: 'low', preset: 'strict' }),
  docs: {
    rationale:
      'Without a logs { http_logs { ... } } block, App Service keeps no web server log of the requests an app received ' +
      '(client address, method, path, status), so probing and abuse of the app cannot be reconstructed from its own ' +
      'platform logs. The block is absent by default.',
    remediation:
      'Add logs { http_logs { file_system { retention_in_days = 30, retention_in_mb = 35 } } } (or azure_blob_storage with a SAS URL), or send AppServiceHTTPLogs with a diagnostic setting.',
    links: [
      azurermDoc('linux_web_app', 'http_logs'),
      { title: 'Enable diagnostics logging for apps in Azure App Service', url: 'https://learn.microsoft.com/azure/app-service/troubleshoot-diagnostic-logs#enable-web-server-logging' },
    ],
  },
  messages: {
    missing: 'No logs block records the HTTP requests of this web app.',
    noHttpLogs: 'This logs block has no http_logs, so the HTTP requests of the web app are not recorded.',
  },
  examples: {
    bad: 'resource "azurerm_linux_web_app" "site" {\n  name = "site"\n}\n',
    good:
      'resource "azurerm_linux_web_app" "site" {\n  name = "site"\n\n  logs {\n    http_logs {\n      file_system {\n' +
      '        retention_in_days = 30\n        retention_in_mb   = 35\n      }\n    }\n  }\n}\n',
  },
  check({ file, module, report }) {
    if (isOverrideFile(file)) return;
    const project = moduleFor(file, module);
    for (const type of webApps) {
      for (const app of resourceInstances(project, file, type)) {
        if (app.hasUnknownBlocks('logs')) continue;
        const logs = app.blocks('logs');
        if (logs.length === 0) report({ at: headerAnchor(file, app.block), messageId: 'missing' });
        for (const block of logs) {
          if (!block.hasUnknownBlocks('http_logs') && block.blocks('http_logs').length === 0) report({ at: block.block.typeRange, messageId: 'noHttpLogs' });
        }
      }
    }
  },
});
