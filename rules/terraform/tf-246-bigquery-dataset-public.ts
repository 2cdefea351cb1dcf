import { asString, defineRule, type BlockView } from '../api';
import { exposure, googleDoc } from '../shared/gcp-hardening';
import { attributeOf, moduleFor, resourceInstances } from '../shared/terraform-evaluated';
import { isOverrideFile } from '../shared/terraform-values';

const audiences: Record<string, string> = { allusers: 'anyone on the internet', allauthenticatedusers: 'anyone with a Google account' };

export default defineRule({
  id: 'TF-246',
  title: 'Do not grant BigQuery datasets to allUsers or allAuthenticatedUsers',
  target: 'terraform',
  severity: 'high',
  preset: 'recommended',
  requirements: ['2.1'],
  frameworks: exposure(),
  docs: {
    rationale:
      'An access entry with special_group = "allAuthenticatedUsers", or iam_member = "allUsers" or ' +
      '"allAuthenticatedUsers", on a dataset or in a google_bigquery_dataset_access resource lets anyone (with a Google ' +
      'account) query every table of the dataset, and the queries are billed to them, so nothing in the project shows ' +
      'the reads. Grants through google_bigquery_dataset_iam_* resources are reported by TF-205.',
    remediation: 'Remove the public access entry and grant the dataset to the groups or service accounts that need it; share public data through Analytics Hub.',
    links: [
      googleDoc('google_bigquery_dataset', 'access'),
      googleDoc('google_bigquery_dataset_access'),
      { title: 'Control access to datasets', url: 'https://cloud.google.com/bigquery/docs/control-access-to-resources-iam' },
    ],
  },
  messages: {
    public: '{{argument}} = "{{principal}}" gives {{audience}} access to this dataset.',
  },
  examples: {
    bad:
      'resource "google_bigquery_dataset" "sales" {\n  dataset_id = "sales"\n  access {\n    role          = "READER"\n' +
      '    special_group = "allAuthenticatedUsers"\n  }\n}\n',
    good: 'resource "google_bigquery_dataset" "sales" {\n  dataset_id = "sales"\n  access {\n    role           = "READER"\n    group_by_email = "analysts@example.com"\n  }\n}\n',
  },
  check({ file, module, report }) {
    if (isOverrideFile(file)) return;
    const project = moduleFor(file, module);
    // Removing the entry revokes access that someone may rely on: no edit.
    const visit = (entry: BlockView) => {
      for (const argument of ['special_group', 'iam_member']) {
        const value = attributeOf(entry, argument);
        const principal = value && asString(value.value);
        const audience = principal === undefined ? undefined : audiences[principal.trim().toLowerCase()];
        if (value && audience) report({ at: value.at, messageId: 'public', data: { argument, principal: principal!.trim(), audience }, value: value.value });
      }
    };
    for (const dataset of resourceInstances(project, file, 'google_bigquery_dataset')) dataset.blocks('access').forEach(visit);
    resourceInstances(project, file, 'google_bigquery_dataset_access').forEach(visit);
  },
});
