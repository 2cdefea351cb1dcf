import rule from '../../../rules/terraform/tf-264-pubsub-topic-no-cmek';
import { ruleTester } from '../../helpers/rule-tester';

const topic = (body: string) => `resource "google_pubsub_topic" "events" {\n  name = "events"\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: 'key', code: topic('  kms_key_name = google_kms_crypto_key.pubsub.id\n') },
    { name: 'key from a variable', code: topic('  kms_key_name = var.key\n') },
  ],
  bad: [
    { name: 'absent', code: topic(''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 40 }] },
    { name: 'empty', code: topic('  kms_key_name = ""\n'), findings: [{ messageId: 'empty', line: 3, column: 18, endColumn: 20 }] },
    { name: 'JSON syntax', filename: 'main.tf.json', code: '{"resource": {"google_pubsub_topic": {"events": {"name": "events"}}}}\n', findings: [{ messageId: 'missing', line: 1 }] },
  ],
});
