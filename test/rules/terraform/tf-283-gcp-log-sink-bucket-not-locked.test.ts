import rule from '../../../rules/terraform/tf-283-gcp-log-sink-bucket-not-locked';
import { ruleTester } from '../../helpers/rule-tester';

const bucket = (body: string) => `resource "google_storage_bucket" "logs" {\n  name     = "acme-logs"\n  location = "EU"\n${body}}\n`;
const sink = (destination: string) => `\nresource "google_logging_project_sink" "all" {\n  name        = "all"\n  destination = ${destination}\n}\n`;
const byAddress = sink('"storage.googleapis.com/${google_storage_bucket.logs.name}"');
const locked = (value: string) => `  retention_policy {\n    retention_period = 31536000\n    is_locked        = ${value}\n  }\n`;

ruleTester(rule, {
  good: [
    { name: 'locked', code: bucket(locked('true')) + byAddress },
    { name: 'no sink', code: bucket('') },
    { name: 'sink to BigQuery', code: bucket('') + sink('"bigquery.googleapis.com/projects/p/datasets/logs"') },
    { name: 'lock not known before apply', code: bucket(locked('var.lock')) + byAddress },
  ],
  bad: [
    { name: 'no retention policy', code: bucket('') + byAddress, findings: [{ messageId: 'noRetention', line: 1, column: 1, endColumn: 40, related: [':6:1'] }] },
    { name: 'not locked', code: bucket(locked('false')) + byAddress, findings: [{ messageId: 'notLocked', line: 6, column: 24, endColumn: 29 }] },
    { name: 'policy without is_locked', code: bucket('  retention_policy {\n    retention_period = 31536000\n  }\n') + byAddress, findings: [{ messageId: 'notLocked', line: 4, column: 3, endColumn: 19 }] },
    { name: 'sink by literal name in another file', code: bucket(''), files: { 'logging.tf': sink('"storage.googleapis.com/acme-logs"') }, findings: [{ messageId: 'noRetention', line: 1, related: ['logging.tf:2:1'] }] },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{"resource": {"google_storage_bucket": {"logs": {"name": "acme-logs"}}, "google_logging_project_sink": {"all": {"name": "all", "destination": "storage.googleapis.com/${google_storage_bucket.logs.name}"}}}}\n',
      findings: [{ messageId: 'noRetention', line: 1 }],
    },
  ],
});
