import { asBool, defineRule } from '../api';
import { allOf, appServiceApps, legacyAppServiceApps } from '../shared/azure-transport';
import { azurermDoc, humanAccess } from '../shared/azure-hardening';
import { attributeCheck, mustBeTrue, type CheckScope, type Verdict } from '../shared/terraform-attribute-check';

type Ids = 'disabled' | 'missing';

/** What `auth_settings_v2.auth_enabled` (azurerm 3.x and later) says: on, off or not written, or not known. */
function authV2({ resource }: CheckScope): Verdict | 'absent' {
  if (resource.hasUnknownBlocks('auth_settings_v2')) return 'unknown';
  const blocks = resource.blocks('auth_settings_v2');
  if (blocks.length === 0) return 'absent';
  const flags = blocks.map((block) => block.value('auth_enabled'));
  if (flags.some((flag) => flag !== undefined && flag.kind !== 'null' && asBool(flag) === undefined)) return 'unknown';
  return flags.some((flag) => flag !== undefined && asBool(flag) === true) ? 'compliant' : 'insecure';
}

export default defineRule({
  id: 'TF-442',
  title: 'Turn on App Service authentication for Azure web and function apps',
  target: 'terraform',
  severity: 'low',
  preset: 'strict',
  requirements: ['1.4'],
  frameworks: humanAccess(),
  docs: {
    rationale:
      'App Service authentication (Easy Auth) signs callers in with Microsoft Entra ID or another identity provider before ' +
      'a request reaches the code. Without an auth_settings_v2 { auth_enabled = true } (or auth_settings { enabled = true }) ' +
      'block, the default, every anonymous request reaches the app, which must then authenticate users itself.',
    remediation:
      'Add auth_settings_v2 { auth_enabled = true, require_authentication = true } with an identity provider (active_directory_v2 and login), or authenticate in the application and disable this rule.',
    links: [
      azurermDoc('linux_web_app', 'auth_settings_v2'),
      { title: 'Authentication and authorization in Azure App Service', url: 'https://learn.microsoft.com/azure/app-service/overview-authentication-authorization' },
    ],
  },
  messages: {
    disabled: '{{name}} = false lets anonymous requests reach this app.',
    missing: 'App Service authentication is not turned on, so anonymous requests reach this app.',
  },
  examples: {
    bad: 'resource "azurerm_linux_web_app" "portal" {\n  name = "portal"\n}\n',
    good:
      'resource "azurerm_linux_web_app" "portal" {\n  name = "portal"\n\n  auth_settings_v2 {\n    auth_enabled           = true\n' +
      '    require_authentication = true\n\n    login {}\n  }\n}\n',
  },
  check: allOf<Ids>(
    attributeCheck({
      resources: [...appServiceApps, ...legacyAppServiceApps],
      ...mustBeTrue('auth_settings.enabled'),
      // The edit needs an identity provider the author has to choose.
      remedy: undefined,
      compliant: (value, scope) => (authV2(scope) === 'compliant' ? true : asBool(value)),
      absent: (scope) => {
        const v2 = authV2(scope);
        return v2 === 'absent' ? 'insecure' : v2 === 'unknown' ? 'unknown' : 'compliant';
      },
      messages: { insecure: 'disabled', missing: 'missing' },
      data: () => ({ name: 'auth_settings.enabled' }),
    }),
    attributeCheck({
      resources: appServiceApps,
      ...mustBeTrue('auth_settings_v2.auth_enabled'),
      compliant: (value, scope) => (scope.resource.blocks('auth_settings').some((b) => asBool(b.value('enabled') ?? { kind: 'null' }) === true) ? true : asBool(value)),
      // An auth_settings_v2 block without auth_enabled (default false) is reported here; no block is reported above.
      absent: (scope) => (scope.resource.blocks('auth_settings_v2').length > 0 && scope.resource.blocks('auth_settings').length === 0 ? 'insecure' : 'unknown'),
      messages: { insecure: 'disabled', missing: 'missing' },
      data: () => ({ name: 'auth_settings_v2.auth_enabled' }),
    }),
  ),
});
