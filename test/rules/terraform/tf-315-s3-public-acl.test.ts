import rule from '../../../rules/terraform/tf-315-s3-public-acl';
import { ruleTester } from '../../helpers/rule-tester';

const acl = (body: string) => `resource "aws_s3_bucket_acl" "site" {\n  bucket = aws_s3_bucket.site.id\n${body}}\n`;
const grant = (uri: string) =>
  acl(`\n  access_control_policy {\n    owner {\n      id = data.aws_canonical_user_id.current.id\n    }\n\n    grant {\n      permission = "READ"\n\n      grantee {\n        type = "Group"\n        uri  = "${uri}"\n      }\n    }\n  }\n`);

ruleTester(rule, {
  good: [
    { name: 'private ACL', code: acl('  acl    = "private"\n') },
    { name: 'log-delivery-write ACL', code: acl('  acl    = "log-delivery-write"\n') },
    { name: 'no ACL on the bucket', code: 'resource "aws_s3_bucket" "site" {\n  bucket = "site"\n}\n' },
    { name: 'grant to the log delivery group', code: grant('http://acs.amazonaws.com/groups/s3/LogDelivery') },
    { name: 'ACL from a variable without a value', code: acl('  acl    = var.acl\n'), files: { 'variables.tf': 'variable "acl" {}\n' } },
    { name: 'count = 0', code: acl('  count  = 0\n  acl    = "public-read"\n') },
    { name: 'JSON syntax, private', filename: 'main.tf.json', code: '{\n  "resource": {\n    "aws_s3_bucket_acl": {\n      "site": { "acl": "private" }\n    }\n  }\n}\n' },
  ],
  bad: [
    {
      name: 'public-read on aws_s3_bucket_acl',
      code: acl('  acl    = "public-read"\n'),
      findings: [{ messageId: 'cannedAcl', line: 3, column: 12, endColumn: 25, suggestions: [{ title: 'Set acl = "private"', output: acl('  acl    = "private"\n') }] }],
    },
    { name: 'public-read-write inline on a 3.x bucket', code: 'resource "aws_s3_bucket" "site" {\n  bucket = "site"\n  acl    = "public-read-write"\n}\n', findings: [{ messageId: 'cannedAcl', line: 3, column: 12, endColumn: 31 }] },
    { name: 'authenticated-read', code: acl('  acl    = "authenticated-read"\n'), findings: [{ messageId: 'cannedAcl', line: 3 }] },
    { name: 'grant to AllUsers', code: grant('http://acs.amazonaws.com/groups/global/AllUsers'), findings: [{ messageId: 'publicGrant', line: 14, column: 16, endColumn: 65 }] },
    {
      name: 'inline grant on a 3.x bucket',
      code: 'resource "aws_s3_bucket" "site" {\n  bucket = "site"\n\n  grant {\n    type        = "Group"\n    permissions = ["READ"]\n    uri         = "http://acs.amazonaws.com/groups/global/AuthenticatedUsers"\n  }\n}\n',
      findings: [{ messageId: 'publicGrant', line: 7, column: 19 }],
    },
    {
      name: 'ACL from a variable default',
      code: acl('  acl    = var.acl\n'),
      files: { 'variables.tf': 'variable "acl" {\n  default = "public-read"\n}\n' },
      findings: [{ messageId: 'cannedAcl', line: 3, column: 12, endColumn: 19, related: ['variables.tf:2:13'], suggestions: [] }],
    },
    { name: 'JSON syntax', filename: 'main.tf.json', code: '{\n  "resource": {\n    "aws_s3_bucket_acl": {\n      "site": { "acl": "public-read" }\n    }\n  }\n}\n', findings: [{ messageId: 'cannedAcl', line: 4, column: 24, endColumn: 37 }] },
  ],
});
