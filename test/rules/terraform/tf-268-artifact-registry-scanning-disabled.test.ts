import rule from '../../../rules/terraform/tf-268-artifact-registry-scanning-disabled';
import { ruleTester } from '../../helpers/rule-tester';

const repo = (body: string) => `resource "google_artifact_registry_repository" "images" {\n  repository_id = "images"\n  format        = "DOCKER"\n${body}}\n`;
const scanning = (value: string) => `  vulnerability_scanning_config {\n    enablement_config = ${value}\n  }\n`;

ruleTester(rule, {
  good: [
    { name: 'default', code: repo('') },
    { name: 'inherited', code: repo(scanning('"INHERITED"')) },
    { name: 'not known before apply', code: repo(scanning('var.scanning')) },
  ],
  bad: [
    { name: 'disabled', code: repo(scanning('"DISABLED"')), findings: [{ messageId: 'disabled', line: 5, column: 25, endColumn: 35, suggestions: [{ title: 'Set enablement_config = "INHERITED"', output: repo(scanning('"INHERITED"')) }] }] },
    { name: 'JSON syntax', filename: 'main.tf.json', code: '{"resource": {"google_artifact_registry_repository": {"r": {"repository_id": "r", "vulnerability_scanning_config": {"enablement_config": "DISABLED"}}}}}\n', findings: [{ messageId: 'disabled', line: 1 }] },
  ],
});
