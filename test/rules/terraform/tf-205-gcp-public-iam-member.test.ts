import rule from '../../../rules/terraform/tf-205-gcp-public-iam-member';
import { ruleTester } from '../../helpers/rule-tester';

const member = (principal: string, type = 'google_storage_bucket_iam_member', extra = '') =>
  `resource "${type}" "read" {\n  bucket = "data"\n  role   = "roles/storage.objectViewer"\n  member = ${principal}\n${extra}}\n`;
const binding = (members: string) =>
  `resource "google_cloud_run_v2_service_iam_binding" "invoke" {\n  name    = "api"\n  role    = "roles/run.invoker"\n  members = ${members}\n}\n`;

ruleTester(rule, {
  good: [
    { name: 'a group', code: member('"group:analysts@acme.com"') },
    { name: 'a domain', code: member('"domain:acme.com"') },
    { name: 'member not known before apply', code: member('var.member') },
    { name: 'members not known before apply', code: binding('var.members') },
    { name: 'a group from tfvars', code: member('var.member'), files: { 'variables.tf': 'variable "member" {\n  default = "allUsers"\n}\n', 'terraform.tfvars': 'member = "group:a@acme.com"\n' } },
    { name: 'count = 0', code: member('"allUsers"', 'google_storage_bucket_iam_member', '  count = 0\n') },
    { name: 'override file', filename: 'iam_override.tf', code: member('"allUsers"') },
    { name: 'private bucket ACL', code: 'resource "google_storage_bucket_acl" "a" {\n  bucket      = "data"\n  role_entity = ["OWNER:project-owners-123", "READER:group-analysts@acme.com"]\n}\n' },
    { name: 'JSON syntax, a group', filename: 'main.tf.json', code: '{"resource": {"google_pubsub_topic_iam_member": {"g": {"topic": "t", "role": "roles/pubsub.publisher", "member": "group:a@acme.com"}}}}\n' },
  ],
  bad: [
    {
      name: 'bucket readable by anyone',
      code: member('"allUsers"'),
      findings: [{ messageId: 'publicMember', line: 4, column: 12, endColumn: 22, suggestions: [] }],
    },
    {
      name: 'any Google account, in a binding with other members: removal suggested',
      code: binding('["user:ana@acme.com", "allAuthenticatedUsers"]'),
      findings: [{ messageId: 'publicMember', line: 4, column: 35, endColumn: 58, suggestions: [{ title: 'Remove allAuthenticatedUsers', output: binding('["user:ana@acme.com"]') }] }],
    },
    {
      name: 'the only member of a binding: no edit',
      code: binding('["allUsers"]'),
      findings: [{ messageId: 'publicMember', line: 4, column: 14, endColumn: 24, suggestions: [] }],
    },
    {
      name: 'from a variable default: reported at the use',
      code: member('var.member'),
      files: { 'variables.tf': 'variable "member" {\n  default = "allUsers"\n}\n' },
      findings: [{ messageId: 'publicMember', line: 4, column: 12, endColumn: 22, related: ['variables.tf:2:13'] }],
    },
    {
      name: 'for_each over members: the public one',
      code: 'resource "google_secret_manager_secret_iam_member" "m" {\n  for_each  = toset(["user:ana@acme.com", "allUsers"])\n  secret_id = "s"\n  role      = "roles/secretmanager.secretAccessor"\n  member    = each.value\n}\n',
      findings: [{ messageId: 'publicMember', line: 5, column: 15, endColumn: 25 }],
    },
    {
      name: 'bucket access control entity',
      code: 'resource "google_storage_bucket_access_control" "public" {\n  bucket = "data"\n  role   = "READER"\n  entity = "allUsers"\n}\n',
      findings: [{ messageId: 'publicAcl', line: 4, column: 12, endColumn: 22 }],
    },
    {
      name: 'bucket ACL list item',
      code: 'resource "google_storage_bucket_acl" "a" {\n  bucket      = "data"\n  role_entity = ["OWNER:project-owners-123", "READER:allAuthenticatedUsers"]\n}\n',
      findings: [{ messageId: 'publicAcl', line: 3, column: 46, endColumn: 76 }],
    },
    {
      name: 'JSON syntax, artifact registry',
      filename: 'main.tf.json',
      code: '{"resource": {"google_artifact_registry_repository_iam_member": {"g": {"repository": "r", "role": "roles/artifactregistry.reader", "member": "allUsers"}}}}\n',
      findings: [{ messageId: 'publicMember', line: 1, column: 142, endColumn: 152 }],
    },
  ],
});
