import { asString, defineRule, type BlockView, type Fix } from '../api';
import { insertBlock } from '../shared/terraform-edits';
import { attributeOf, moduleFor, resourceInstances } from '../shared/terraform-evaluated';
import { isOverrideFile } from '../shared/terraform-values';

/** PostgreSQL flags that Cloud SQL leaves off and an investigation needs on. */
const flags = ['log_connections', 'log_disconnections'];

const nameOf = (flag: BlockView): string | undefined => {
  const name = flag.value('name');
  return name && asString(name)?.trim();
};

export default defineRule({
  id: 'TF-213',
  title: 'Log connections and disconnections on Cloud SQL for PostgreSQL',
  target: 'terraform',
  severity: 'low',
  // Strict: Cloud SQL leaves both off and most configurations do not set them.
  preset: 'strict',
  requirements: ['6.1'],
  frameworks: { iso27001: ['A.8.15'], nist80053: ['AU-2', 'AU-12'] },
  docs: {
    rationale:
      'Cloud SQL for PostgreSQL leaves log_connections and log_disconnections off, so its logs do not show who ' +
      'connected from where and for how long: the first questions after a leaked credential. Both are database flags ' +
      'of the instance.',
    remediation: 'Add database_flags blocks setting log_connections and log_disconnections to "on".',
    links: [
      { title: 'google_sql_database_instance', url: 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#database_flags' },
      { title: 'Cloud SQL for PostgreSQL flags', url: 'https://cloud.google.com/sql/docs/postgres/flags' },
    ],
  },
  messages: {
    off: '{{flag}} = "{{value}}": connections are not logged.',
    missing: 'Not set, so Cloud SQL does not log them: {{flags}}.',
  },
  examples: {
    bad: 'resource "google_sql_database_instance" "main" {\n  database_version = "POSTGRES_16"\n  settings {\n    tier = "db-f1-micro"\n  }\n}\n',
    good:
      'resource "google_sql_database_instance" "main" {\n  database_version = "POSTGRES_16"\n  settings {\n    tier = "db-f1-micro"\n' +
      '    database_flags {\n      name  = "log_connections"\n      value = "on"\n    }\n    database_flags {\n      name  = "log_disconnections"\n      value = "on"\n    }\n  }\n}\n',
  },
  check({ file, module, report }) {
    if (isOverrideFile(file)) return;
    for (const instance of resourceInstances(moduleFor(file, module), file, 'google_sql_database_instance')) {
      const version = instance.value('database_version');
      if (!version || !asString(version)?.trim().toUpperCase().startsWith('POSTGRES')) continue;
      if (instance.hasUnknownBlocks('settings')) continue;
      for (const settings of instance.blocks('settings')) {
        if (settings.hasUnknownBlocks('database_flags')) continue;
        const declared = settings.blocks('database_flags');
        // A flag whose name is not known before apply may be any of them.
        const unnamed = declared.some((b) => b.value('name')?.kind === 'unknown');
        const missing: string[] = [];
        for (const flag of flags) {
          const block = declared.find((b) => nameOf(b) === flag);
          if (!block) {
            if (!unnamed) missing.push(flag);
            continue;
          }
          const value = attributeOf(block, 'value');
          const text = value && asString(value.value)?.trim();
          if (!value || text === undefined || ['on', 'true', '1'].includes(text.toLowerCase())) continue;
          report({ at: value.at, messageId: 'off', data: { flag, value: text }, value: value.value });
        }
        if (missing.length === 0) continue;
        // Changing flags may restart the instance: a suggestion. Several blocks of one type would be
        // one key written twice in JSON (the last one wins, dropping the others), so JSON gets an
        // edit only for a single flag on settings that have no database_flags yet.
        const title = `Set ${missing.join(' and ')} to on`;
        const inserts = missing.map((flag) => insertBlock(file, settings.block, 'database_flags', [['name', flag], ['value', 'on']], title));
        const first = inserts[0]?.edits[0];
        const edit: Fix | undefined =
          inserts.every((fix) => fix?.edits.length === 1) && first && (!file.json || (inserts.length === 1 && declared.length === 0))
            ? { title, edits: [{ range: first.range, newText: inserts.map((fix) => fix!.edits[0].newText).join('') }] }
            : undefined;
        report({ at: settings.block.typeRange, messageId: 'missing', data: { flags: missing.join(', ') }, suggest: edit ? [edit] : [] });
      }
    }
  },
});
