import { asBool, asString, defineRule } from '../api';
import { encryptionRule } from '../shared/aws-data';
import { attributeCheck, type CheckScope } from '../shared/terraform-attribute-check';

/** `encryption_disabled = true` does nothing without artifacts to upload. */
const uploads = ({ resource }: CheckScope): boolean | undefined => {
  const type = resource.blocks('artifacts')[0]?.value('type');
  const name = type === undefined ? undefined : asString(type);
  return name === undefined ? undefined : name !== 'NO_ARTIFACTS';
};

const artifactsCheck = (block: 'artifacts' | 'secondary_artifacts') =>
  attributeCheck({
    resources: ['aws_codebuild_project'],
    path: `${block}.encryption_disabled`,
    compliant: (value, scope) => {
      const disabled = asBool(value);
      if (disabled === undefined) return undefined;
      if (!disabled) return true;
      if (block === 'secondary_artifacts') return false;
      const uploaded = uploads(scope);
      return uploaded === undefined ? undefined : !uploaded;
    },
    absent: 'compliant',
    messages: { insecure: 'disabled', missing: 'disabled' },
    // A suggestion: consumers of the artifacts then need to decrypt them with the key.
    remedy: { value: false, title: 'Encrypt the build artifacts', kind: 'suggest' },
  });
const primary = artifactsCheck('artifacts');
const secondary = artifactsCheck('secondary_artifacts');
const reports = attributeCheck({
  resources: ['aws_codebuild_report_group'],
  path: 'export_config.s3_destination.encryption_disabled',
  compliant: (value) => {
    const disabled = asBool(value);
    return disabled === undefined ? undefined : !disabled;
  },
  absent: 'compliant',
  messages: { insecure: 'reportsDisabled', missing: 'reportsDisabled' },
  remedy: { value: false, title: 'Encrypt the exported reports', kind: 'suggest' },
});

export default defineRule({
  id: 'TF-041',
  title: 'Do not turn off encryption of CodeBuild artifacts and report exports',
  ...encryptionRule('medium'),
  docs: {
    rationale:
      'CodeBuild encrypts the artifacts it uploads to S3 with the project\'s KMS key unless artifacts (or ' +
      'secondary_artifacts) set encryption_disabled = true: build outputs, which often hold packaged code and ' +
      'configuration, are then written without that encryption; the same holds for test reports a report group exports to ' +
      'S3 (export_config { s3_destination { encryption_disabled = true } }). Projects without artifacts (type = ' +
      '"NO_ARTIFACTS") are not reported.',
    remediation: 'Remove encryption_disabled or set it to false, optionally with a customer-managed encryption_key on the project.',
    links: [
      { title: 'aws_codebuild_project', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/codebuild_project#encryption_disabled' },
      { title: 'aws_codebuild_report_group', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/codebuild_report_group#encryption_disabled' },
      { title: 'Data encryption in AWS CodeBuild', url: 'https://docs.aws.amazon.com/codebuild/latest/userguide/security-encryption.html' },
    ],
  },
  messages: {
    disabled: 'encryption_disabled = true: this project uploads its build artifacts unencrypted.',
    reportsDisabled: 'encryption_disabled = true: this report group exports its test reports to S3 unencrypted.',
  },
  examples: {
    bad: 'resource "aws_codebuild_project" "app" {\n  name = "app"\n\n  artifacts {\n    type                = "S3"\n    location            = "builds"\n    encryption_disabled = true\n  }\n}\n',
    good: 'resource "aws_codebuild_project" "app" {\n  name = "app"\n\n  artifacts {\n    type     = "S3"\n    location = "builds"\n  }\n}\n',
  },
  check(context) {
    primary(context);
    secondary(context);
    reports(context);
  },
});
