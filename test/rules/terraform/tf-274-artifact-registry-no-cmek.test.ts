import rule from '../../../rules/terraform/tf-274-artifact-registry-no-cmek';
import { ruleTester } from '../../helpers/rule-tester';

const repo = (body: string) => `resource "google_artifact_registry_repository" "images" {\n  repository_id = "images"\n  format        = "DOCKER"\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: 'key', code: repo('  kms_key_name = google_kms_crypto_key.registry.id\n') },
    { name: 'key from a variable', code: repo('  kms_key_name = var.key\n') },
  ],
  bad: [
    { name: 'absent', code: repo(''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 56 }] },
    { name: 'empty', code: repo('  kms_key_name = ""\n'), findings: [{ messageId: 'empty', line: 4, column: 18, endColumn: 20 }] },
    { name: 'JSON syntax', filename: 'main.tf.json', code: '{"resource": {"google_artifact_registry_repository": {"r": {"repository_id": "r"}}}}\n', findings: [{ messageId: 'missing', line: 1 }] },
  ],
});
