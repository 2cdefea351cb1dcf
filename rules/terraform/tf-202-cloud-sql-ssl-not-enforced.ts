import { asBool, asString, defineRule, type Fix } from '../api';
import { inTransit } from '../shared/gcp';
import { insertAttribute, insertBlock, replaceValue } from '../shared/terraform-edits';
import { attributeOf, moduleFor, resourceInstances } from '../shared/terraform-evaluated';
import { isOverrideFile } from '../shared/terraform-values';

/** `ssl_mode` values that refuse unencrypted connections. */
const enforced = ['ENCRYPTED_ONLY', 'TRUSTED_CLIENT_CERTIFICATE_REQUIRED'];
const title = 'Set ssl_mode = "ENCRYPTED_ONLY"';

export default defineRule({
  id: 'TF-202',
  title: 'Require encrypted connections to Cloud SQL instances',
  target: 'terraform',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['3.2'],
  frameworks: inTransit('CIS Google Cloud Platform Foundation Benchmark v4.0.0 6.4'),
  docs: {
    rationale:
      'Cloud SQL accepts unencrypted connections unless the instance enforces TLS: the API default of ssl_mode is ' +
      'ALLOW_UNENCRYPTED_AND_ENCRYPTED, so credentials and query results of a client that does not ask for TLS cross ' +
      'the network in clear text. ssl_mode replaces require_ssl, which google provider 6.0 removed; on older providers ' +
      'require_ssl = true also enforces TLS (and client certificates), and both are accepted here.',
    remediation:
      'Set settings.ip_configuration.ssl_mode = "ENCRYPTED_ONLY" (or "TRUSTED_CLIENT_CERTIFICATE_REQUIRED"), after ' +
      'checking that every client connects with TLS or through the Cloud SQL connectors.',
    links: [
      { title: 'google_sql_database_instance', url: 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#ssl_mode' },
      { title: 'Configure SSL/TLS certificates', url: 'https://cloud.google.com/sql/docs/postgres/configure-ssl-instance' },
    ],
  },
  messages: {
    weak: 'ssl_mode = "{{mode}}" accepts unencrypted connections.',
    requireSslOff: 'require_ssl = false accepts unencrypted connections.',
    missing: 'Neither ssl_mode nor require_ssl is set, so the instance accepts unencrypted connections.',
  },
  examples: {
    bad:
      'resource "google_sql_database_instance" "main" {\n  database_version = "POSTGRES_16"\n  settings {\n    tier = "db-f1-micro"\n' +
      '    ip_configuration {\n      ipv4_enabled = false\n    }\n  }\n}\n',
    good:
      'resource "google_sql_database_instance" "main" {\n  database_version = "POSTGRES_16"\n  settings {\n    tier = "db-f1-micro"\n' +
      '    ip_configuration {\n      ipv4_enabled = false\n      ssl_mode     = "ENCRYPTED_ONLY"\n    }\n  }\n}\n',
  },
  check({ file, module, report }) {
    // An override file patches an instance defined elsewhere: what it leaves out may be set there.
    if (isOverrideFile(file)) return;
    for (const instance of resourceInstances(moduleFor(file, module), file, 'google_sql_database_instance')) {
      // A clone starts from the settings of its source; an instance without settings cannot be created.
      if (instance.blocks('clone').length > 0 || instance.hasUnknownBlocks('clone') || instance.hasUnknownBlocks('settings')) continue;
      // Clients that do not use TLS lose access: always a suggestion.
      for (const settings of instance.blocks('settings')) {
        if (settings.hasUnknownBlocks('ip_configuration')) continue;
        const configurations = settings.blocks('ip_configuration');
        if (configurations.length === 0) {
          const edit = insertBlock(file, settings.block, 'ip_configuration', [['ssl_mode', 'ENCRYPTED_ONLY']], title);
          report({ at: settings.block.typeRange, messageId: 'missing', suggest: edit ? [edit] : [] });
          continue;
        }
        for (const configuration of configurations) {
          const mode = attributeOf(configuration, 'ssl_mode');
          if (mode && mode.value.kind !== 'null') {
            const name = asString(mode.value)?.trim().toUpperCase();
            if (name === undefined || enforced.includes(name)) continue;
            const suggest: Fix[] = mode.literal ? [replaceValue(mode.literal, 'ENCRYPTED_ONLY', title)] : [];
            report({ at: mode.at, messageId: 'weak', data: { mode: asString(mode.value) ?? '' }, value: mode.value, suggest });
            continue;
          }
          const legacy = attributeOf(configuration, 'require_ssl');
          if (legacy && legacy.value.kind !== 'null') {
            const required = asBool(legacy.value);
            // No edit: require_ssl and ssl_mode must agree on providers that have both.
            if (required === false) report({ at: legacy.at, messageId: 'requireSslOff', value: legacy.value });
            continue;
          }
          const edit = mode ? undefined : insertAttribute(file, configuration.block, 'ssl_mode', 'ENCRYPTED_ONLY', title);
          report({ at: mode?.at ?? configuration.block.typeRange, messageId: 'missing', value: mode?.value, suggest: edit ? [edit] : [] });
        }
      }
    }
  },
});
