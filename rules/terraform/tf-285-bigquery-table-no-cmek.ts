import { asString, defineRule, type BlockView, type TfBlock } from '../api';
import { keyManagement } from '../shared/frameworks';
import { googleDoc } from '../shared/gcp-hardening';
import { attributeOf, moduleFor, resourceInstances } from '../shared/terraform-evaluated';
import { headerAnchor, isOverrideFile } from '../shared/terraform-values';

/** Whether a key argument is set, or may be (not known before apply). */
const hasKey = (view: BlockView, block: string): boolean =>
  view.hasUnknownBlocks(block) ||
  view.blocks(block).some((config) => {
    const key = config.value('kms_key_name');
    return key !== undefined && key.kind !== 'null' && (key.kind === 'unknown' || (asString(key)?.trim() ?? '') !== '');
  });

export default defineRule({
  id: 'TF-285',
  title: 'Encrypt BigQuery tables with a customer-managed key',
  target: 'terraform',
  severity: 'low',
  // Strict: BigQuery always encrypts with Google-managed keys; a customer-managed key adds control, not encryption.
  preset: 'strict',
  requirements: ['3.1'],
  frameworks: keyManagement(),
  docs: {
    rationale:
      'A table without encryption_configuration takes the default key of its dataset; when the dataset has none either, ' +
      'the table is encrypted with Google-managed keys, so access to its data cannot be revoked by disabling a key. ' +
      'Tables whose dataset is not a resource of the module, views and external tables are not judged.',
    remediation: 'Set encryption_configuration { kms_key_name = <Cloud KMS key> } on the table, or a default_encryption_configuration on its dataset (TF-247).',
    links: [googleDoc('google_bigquery_table', 'encryption_configuration'), { title: 'Customer-managed Cloud KMS keys', url: 'https://cloud.google.com/bigquery/docs/customer-managed-encryption' }],
  },
  messages: {
    missing: 'Neither this table nor its dataset {{dataset}} names a customer-managed key, so the table uses Google-managed keys.',
  },
  examples: {
    bad:
      'resource "google_bigquery_dataset" "sales" {\n  dataset_id = "sales"\n}\n\nresource "google_bigquery_table" "orders" {\n' +
      '  dataset_id = google_bigquery_dataset.sales.dataset_id\n  table_id   = "orders"\n}\n',
    good:
      'resource "google_bigquery_dataset" "sales" {\n  dataset_id = "sales"\n  default_encryption_configuration {\n    kms_key_name = google_kms_crypto_key.bq.id\n  }\n}\n\n' +
      'resource "google_bigquery_table" "orders" {\n  dataset_id = google_bigquery_dataset.sales.dataset_id\n  table_id   = "orders"\n}\n',
  },
  check({ file, module, report }) {
    if (isOverrideFile(file)) return;
    const project = moduleFor(file, module);
    const datasets = project.resources('google_bigquery_dataset');
    // No edit: the key is not in the configuration.
    for (const table of resourceInstances(project, file, 'google_bigquery_table')) {
      if (hasKey(table, 'encryption_configuration')) continue;
      if (['view', 'external_data_configuration'].some((block) => table.blocks(block).length > 0 || table.hasUnknownBlocks(block))) continue;
      const written = table.block.attribute('dataset_id')?.value;
      const reference = written?.kind === 'expression' ? written.references.find((r) => r.startsWith('google_bigquery_dataset.')) : undefined;
      const id = asString(table.value('dataset_id'))?.trim();
      const dataset: TfBlock | undefined = reference
        ? datasets.find((block) => block.labels[1]?.value === reference.split('.')[1])
        : id === undefined
          ? undefined
          : datasets.find((block) => project.instances(block).some((view) => asString(view.value('dataset_id'))?.trim() === id));
      if (!dataset) continue;
      const views = project.instances(dataset);
      if (views.length === 0 || views.some((view) => hasKey(view, 'default_encryption_configuration'))) continue;
      const where = project.fileOf(dataset);
      report({
        at: attributeOf(table, 'dataset_id')?.at ?? headerAnchor(file, table.block),
        messageId: 'missing',
        data: { dataset: `google_bigquery_dataset.${dataset.labels[1]?.value ?? ''}` },
        related: where ? [{ message: 'The dataset, without a default key', range: headerAnchor(where, dataset), ...(where !== file ? { path: where.path } : {}) }] : undefined,
      });
    }
  },
});
