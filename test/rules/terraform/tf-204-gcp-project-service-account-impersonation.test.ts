import rule from '../../../rules/terraform/tf-204-gcp-project-service-account-impersonation';
import { ruleTester } from '../../helpers/rule-tester';

const member = (role: string, type = 'google_project_iam_member', extra = '') =>
  `resource "${type}" "grant" {\n  project = "acme-prod"\n  role    = ${role}\n  member  = "group:deployers@acme.com"\n${extra}}\n`;

ruleTester(rule, {
  good: [
    { name: 'granted on the service account', code: 'resource "google_service_account_iam_member" "d" {\n  service_account_id = google_service_account.app.name\n  role               = "roles/iam.serviceAccountUser"\n  member             = "group:deployers@acme.com"\n}\n' },
    { name: 'another project role', code: member('"roles/run.developer"') },
    { name: 'role not known before apply', code: member('var.role') },
    { name: 'policy documents are not judged', code: 'data "google_iam_policy" "sa" {\n  binding {\n    role    = "roles/iam.serviceAccountUser"\n    members = ["group:deployers@acme.com"]\n  }\n}\n' },
    { name: 'count = 0', code: member('"roles/iam.serviceAccountUser"', 'google_project_iam_member', '  count = 0\n') },
    { name: 'JSON syntax, another role', filename: 'main.tf.json', code: '{"resource": {"google_project_iam_member": {"g": {"role": "roles/run.developer", "member": "user:a@b.c"}}}}\n' },
  ],
  bad: [
    { name: 'service account user on the project', code: member('"roles/iam.serviceAccountUser"'), findings: [{ messageId: 'wideImpersonation', line: 3, column: 13, endColumn: 43, suggestions: [] }] },
    { name: 'token creator on a folder binding', code: 'resource "google_folder_iam_binding" "b" {\n  folder  = "folders/1"\n  role    = "roles/iam.serviceAccountTokenCreator"\n  members = ["group:ci@acme.com"]\n}\n', findings: [{ messageId: 'wideImpersonation', line: 3, column: 13, endColumn: 51 }] },
    {
      name: 'from a local',
      code: member('local.role'),
      files: { 'locals.tf': 'locals {\n  role = "roles/iam.serviceAccountTokenCreator"\n}\n' },
      findings: [{ messageId: 'wideImpersonation', line: 3, column: 13, endColumn: 23, related: ['locals.tf:2:10'] }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{"resource": {"google_organization_iam_member": {"g": {"role": "roles/iam.serviceAccountUser", "member": "user:a@b.c"}}}}\n',
      findings: [{ messageId: 'wideImpersonation', line: 1, column: 64, endColumn: 94 }],
    },
  ],
});
