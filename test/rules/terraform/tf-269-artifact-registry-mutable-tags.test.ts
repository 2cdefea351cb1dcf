import rule from '../../../rules/terraform/tf-269-artifact-registry-mutable-tags';
import { ruleTester } from '../../helpers/rule-tester';

const repo = (body: string, format = '"DOCKER"') => `resource "google_artifact_registry_repository" "images" {\n  repository_id = "images"\n  format        = ${format}\n${body}}\n`;
const docker = (value: string) => `  docker_config {\n    immutable_tags = ${value}\n  }\n`;

ruleTester(rule, {
  good: [
    { name: 'immutable', code: repo(docker('true')) },
    { name: 'Maven repository', code: repo('', '"MAVEN"') },
    { name: 'remote repository', code: repo('  mode = "REMOTE_REPOSITORY"\n') },
    { name: 'format not known before apply', code: repo('', 'var.format') },
  ],
  bad: [
    { name: 'absent', code: repo(''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 56, suggestions: [{ title: 'Set immutable_tags = true', output: repo(docker('true')) }] }] },
    { name: 'mutable', code: repo(docker('false'), '"docker"'), findings: [{ messageId: 'mutable', line: 5, column: 22, endColumn: 27, suggestions: [{ output: repo(docker('true'), '"docker"') }] }] },
    { name: 'JSON syntax', filename: 'main.tf.json', code: '{"resource": {"google_artifact_registry_repository": {"r": {"repository_id": "r", "format": "DOCKER"}}}}\n', findings: [{ messageId: 'missing', line: 1 }] },
  ],
});
