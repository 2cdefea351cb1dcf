import rule from '../../../rules/terraform/tf-203-gcp-basic-role-grant';
import { ruleTester } from '../../helpers/rule-tester';

const member = (role: string, type = 'google_project_iam_member', extra = '') =>
  `resource "${type}" "grant" {\n  project = "acme-prod"\n  role    = ${role}\n  member  = "user:ana@acme.com"\n${extra}}\n`;

ruleTester(rule, {
  good: [
    { name: 'a predefined role', code: member('"roles/storage.objectViewer"') },
    { name: 'viewer is not flagged', code: member('"roles/viewer"') },
    { name: 'role not known before apply', code: member('var.role') },
    { name: 'owner on a bucket resource type is not a project grant', code: member('"roles/owner"', 'google_storage_bucket_iam_member') },
    { name: 'a predefined role from tfvars', code: member('var.role'), files: { 'variables.tf': 'variable "role" {\n  default = "roles/editor"\n}\n', 'terraform.tfvars': 'role = "roles/logging.logWriter"\n' } },
    { name: 'count = 0', code: member('"roles/owner"', 'google_project_iam_member', '  count = 0\n') },
    { name: 'override file', filename: 'iam_override.tf', code: member('"roles/owner"') },
    { name: 'policy document with predefined roles', code: 'data "google_iam_policy" "p" {\n  binding {\n    role    = "roles/run.invoker"\n    members = ["user:ana@acme.com"]\n  }\n}\n' },
    { name: 'JSON syntax, predefined role', filename: 'main.tf.json', code: '{"resource": {"google_project_iam_member": {"g": {"role": "roles/logging.logWriter", "member": "user:a@b.c"}}}}\n' },
  ],
  bad: [
    { name: 'project editor', code: member('"roles/editor"'), findings: [{ messageId: 'basicRole', line: 3, column: 13, endColumn: 27, suggestions: [] }] },
    { name: 'folder owner binding', code: 'resource "google_folder_iam_binding" "admins" {\n  folder  = "folders/1"\n  role    = "roles/owner"\n  members = ["group:admins@acme.com"]\n}\n', findings: [{ messageId: 'basicRole', line: 3, column: 13, endColumn: 26 }] },
    { name: 'organization owner', code: member('"roles/owner"', 'google_organization_iam_member'), findings: [{ messageId: 'basicRole', line: 3, column: 13, endColumn: 26 }] },
    {
      name: 'from a variable default: reported at the use',
      code: member('var.role'),
      files: { 'variables.tf': 'variable "role" {\n  default = "roles/editor"\n}\n' },
      findings: [{ messageId: 'basicRole', line: 3, column: 13, endColumn: 21, related: ['variables.tf:2:13'] }],
    },
    {
      name: 'for_each over a set of roles: the basic one',
      code: 'resource "google_project_iam_member" "ci" {\n  for_each = toset(["roles/run.admin", "roles/editor"])\n  project  = "acme-prod"\n  role     = each.value\n  member   = "user:ana@acme.com"\n}\n',
      findings: [{ messageId: 'basicRole', line: 4, column: 14, endColumn: 24 }],
    },
    {
      name: 'policy document binding',
      code: 'data "google_iam_policy" "p" {\n  binding {\n    role    = "roles/owner"\n    members = ["user:ana@acme.com"]\n  }\n}\n',
      findings: [{ messageId: 'basicRolePolicy', line: 3, column: 15, endColumn: 28 }],
    },
    {
      name: 'JSON syntax, editor',
      filename: 'main.tf.json',
      code: '{"resource": {"google_project_iam_member": {"g": {"role": "roles/editor", "member": "user:a@b.c"}}}}\n',
      findings: [{ messageId: 'basicRole', line: 1, column: 59, endColumn: 73 }],
    },
  ],
});
