import { defineRule } from '../api';
import { googleDoc, staticCredentials } from '../shared/gcp-hardening';
import { moduleFor, resourceInstances } from '../shared/terraform-evaluated';
import { headerAnchor, isOverrideFile } from '../shared/terraform-values';

export default defineRule({
  id: 'TF-282',
  title: 'Restrict Google Cloud API keys to the APIs they are for',
  target: 'terraform',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['1.1'],
  frameworks: staticCredentials(),
  docs: {
    rationale:
      'An API key is a bearer credential that ships in apps and web pages. Without a restrictions block it can call ' +
      'every API enabled in the project from anywhere, and without api_targets every API, so a key copied out of a ' +
      'mobile app or a page runs up bills and reads data through APIs the app never used.',
    remediation:
      'Add restrictions { api_targets { service = "<api>.googleapis.com" } } with the APIs the key is for, and a client ' +
      'restriction (browser_key_restrictions, server_key_restrictions, android_key_restrictions or ios_key_restrictions).',
    links: [googleDoc('google_apikeys_key', 'restrictions'), { title: 'Add restrictions to API keys', url: 'https://cloud.google.com/api-keys/docs/add-restrictions-api-keys' }],
  },
  messages: {
    unrestricted: 'This API key has no restrictions: it can call every enabled API from anywhere.',
    anyApi: 'No api_targets: this API key can call every API enabled in the project.',
  },
  examples: {
    bad: 'resource "google_apikeys_key" "maps" {\n  name         = "maps"\n  display_name = "Maps"\n}\n',
    good:
      'resource "google_apikeys_key" "maps" {\n  name         = "maps"\n  display_name = "Maps"\n  restrictions {\n    api_targets {\n' +
      '      service = "maps-backend.googleapis.com"\n    }\n    browser_key_restrictions {\n      allowed_referrers = ["https://www.acme.example/*"]\n    }\n  }\n}\n',
  },
  check({ file, module, report }) {
    if (isOverrideFile(file)) return;
    // No edit: which APIs and clients the key serves is not in the configuration.
    for (const key of resourceInstances(moduleFor(file, module), file, 'google_apikeys_key')) {
      if (key.hasUnknownBlocks('restrictions')) continue;
      const restrictions = key.blocks('restrictions');
      if (restrictions.length === 0) {
        report({ at: headerAnchor(file, key.block), messageId: 'unrestricted' });
        continue;
      }
      for (const restriction of restrictions) {
        if (restriction.hasUnknownBlocks('api_targets') || restriction.blocks('api_targets').length > 0) continue;
        report({ at: restriction.block.typeRange, messageId: 'anyApi' });
      }
    }
  },
});
