import rule from '../../../rules/terraform/tf-041-codebuild-artifacts-unencrypted';
import { ruleTester } from '../../helpers/rule-tester';

const project = (artifacts: string, extra = '') => `resource "aws_codebuild_project" "app" {\n  name = "app"\n\n  artifacts {\n${artifacts}  }\n${extra}}\n`;

ruleTester(rule, {
  good: [
    { name: 'encrypted by default', code: project('    type = "S3"\n') },
    { name: 'explicitly encrypted', code: project('    type                = "S3"\n    encryption_disabled = false\n') },
    { name: 'report group with encrypted exports', code: 'resource "aws_codebuild_report_group" "tests" {\n  export_config {\n    type = "S3"\n    s3_destination {\n      bucket = "reports"\n    }\n  }\n}\n' },
    { name: 'no artifacts to upload', code: project('    type                = "NO_ARTIFACTS"\n    encryption_disabled = true\n') },
    { name: 'artifact type not known before apply', code: project('    type                = var.type\n    encryption_disabled = true\n') },
  ],
  bad: [
    {
      name: 'S3 artifacts unencrypted',
      code: project('    type                = "S3"\n    encryption_disabled = true\n'),
      findings: [{ messageId: 'disabled', line: 6, column: 27, endColumn: 31, suggestions: [{ title: 'Encrypt the build artifacts', output: project('    type                = "S3"\n    encryption_disabled = false\n') }] }],
    },
    {
      name: 'secondary artifacts unencrypted',
      code: project('    type = "NO_ARTIFACTS"\n', '\n  secondary_artifacts {\n    type                = "S3"\n    artifact_identifier = "reports"\n    encryption_disabled = true\n  }\n'),
      findings: [{ messageId: 'disabled', line: 11, column: 27, endColumn: 31 }],
    },
    {
      name: 'from a variable default',
      code: project('    type                = "S3"\n    encryption_disabled = var.plain\n'),
      files: { 'variables.tf': 'variable "plain" {\n  default = true\n}\n' },
      findings: [{ messageId: 'disabled', line: 6, column: 27, endColumn: 36, related: ['variables.tf:2:13'], suggestions: [] }],
    },
    {
      name: 'report group exporting unencrypted',
      code: 'resource "aws_codebuild_report_group" "tests" {\n  name = "tests"\n  type = "TEST"\n\n  export_config {\n    type = "S3"\n\n    s3_destination {\n      bucket              = "reports"\n      encryption_disabled = true\n    }\n  }\n}\n',
      findings: [{ messageId: 'reportsDisabled', line: 10, column: 29, endColumn: 33 }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_codebuild_project": {"app": {"artifacts": {"type": "S3", "encryption_disabled": true}}}}}\n',
      findings: [{ messageId: 'disabled', line: 1, column: 100, endColumn: 104 }],
    },
  ],
});
