import rule from '../../../rules/terraform/tf-147-terraform-state-bucket-no-versioning';
import { ruleTester } from '../../helpers/rule-tester';

const bucket = (name: string) => `resource "aws_s3_bucket" "state" {\n  bucket = "${name}"\n}\n`;
const versioning = (status: string) =>
  `resource "aws_s3_bucket_versioning" "state" {\n  bucket = aws_s3_bucket.state.id\n\n  versioning_configuration {\n    status = ${status}\n  }\n}\n`;
const backend = (name: string) => `terraform {\n  backend "s3" {\n    bucket = "${name}"\n    key    = "prod/terraform.tfstate"\n  }\n}\n`;

ruleTester(rule, {
  good: [
    { name: 'state bucket versioned', code: `${bucket('acme-tfstate')}\n${versioning('"Enabled"')}` },
    { name: 'other buckets: TF-146 reports them', code: bucket('acme-reports') },
    { name: 'name not known', code: 'resource "aws_s3_bucket" "state" {\n  bucket = var.name\n}\n' },
    { name: 'backend names another bucket', code: bucket('acme-data'), files: { 'backend.tf': backend('acme-infra') } },
  ],
  bad: [
    { name: 'state bucket by name', code: bucket('acme-tfstate'), findings: [{ messageId: 'none', line: 1, column: 1, endColumn: 33 }] },
    { name: 'terraform-state in the name', code: bucket('terraform-state-prod'), findings: [{ messageId: 'none', line: 1, column: 1 }] },
    { name: 'bucket named by the backend of the module', code: bucket('acme-infra'), files: { 'backend.tf': backend('acme-infra') }, findings: [{ messageId: 'none', line: 1, column: 1 }] },
    {
      name: 'state bucket versioning suspended',
      code: `${bucket('acme-tfstate')}\n${versioning('"Suspended"')}`,
      findings: [{ messageId: 'suspended', line: 9, column: 14, endColumn: 25, suggestions: [{ output: `${bucket('acme-tfstate')}\n${versioning('"Enabled"')}` }] }],
    },
    {
      name: 'versioning of a state bucket declared elsewhere, by name',
      code: 'resource "aws_s3_bucket_versioning" "state" {\n  bucket = "acme-tfstate"\n\n  versioning_configuration {\n    status = "Suspended"\n  }\n}\n',
      findings: [{ messageId: 'suspended', line: 5, column: 14 }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "aws_s3_bucket": {\n      "state": { "bucket": "acme-tfstate" }\n    }\n  }\n}\n',
      findings: [{ messageId: 'none', line: 4, column: 7, endColumn: 14 }],
    },
  ],
});
