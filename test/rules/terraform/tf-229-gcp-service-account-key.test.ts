import rule from '../../../rules/terraform/tf-229-gcp-service-account-key';
import { ruleTester } from '../../helpers/rule-tester';

const key = (body = '') => `resource "google_service_account_key" "ci" {\n  service_account_id = google_service_account.ci.name\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: 'no key', code: 'resource "google_service_account" "ci" {\n  account_id = "ci"\n}\n' },
    { name: 'count = 0', code: key('  count = 0\n') },
    { name: 'override file', filename: 'key_override.tf', code: key() },
  ],
  bad: [
    { name: 'generated key', code: key(), findings: [{ messageId: 'key', line: 1, column: 1, endColumn: 43 }] },
    { name: 'uploaded key', code: key('  public_key_data = filebase64("ci.pem")\n'), findings: [{ messageId: 'key', line: 1 }] },
    { name: 'JSON syntax', filename: 'main.tf.json', code: '{\n  "resource": {\n    "google_service_account_key": {\n      "ci": {\n        "service_account_id": "x"\n      }\n    }\n  }\n}\n', findings: [{ messageId: 'key', line: 4, column: 7, endColumn: 11 }] },
  ],
});
