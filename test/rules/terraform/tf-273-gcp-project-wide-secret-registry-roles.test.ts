import rule from '../../../rules/terraform/tf-273-gcp-project-wide-secret-registry-roles';
import { ruleTester } from '../../helpers/rule-tester';

const grant = (role: string, type = 'google_project_iam_member', scope = '  project = "acme-prod"\n') =>
  `resource "${type}" "app" {\n${scope}  role    = ${role}\n  member  = "serviceAccount:app@acme-prod.iam.gserviceaccount.com"\n}\n`;

ruleTester(rule, {
  good: [
    { name: 'on the secret', code: 'resource "google_secret_manager_secret_iam_member" "app" {\n  secret_id = "db"\n  role      = "roles/secretmanager.secretAccessor"\n  member    = "serviceAccount:app@acme-prod.iam.gserviceaccount.com"\n}\n' },
    { name: 'another role on the project', code: grant('"roles/logging.logWriter"') },
    { name: 'role not known before apply', code: grant('var.role') },
  ],
  bad: [
    { name: 'secret accessor on the project', code: grant('"roles/secretmanager.secretAccessor"'), findings: [{ messageId: 'wide', line: 3, column: 13, endColumn: 49 }] },
    { name: 'registry writer on a folder', code: grant('"roles/artifactregistry.writer"', 'google_folder_iam_member', '  folder = "folders/1"\n'), findings: [{ messageId: 'wide', line: 3 }] },
    { name: 'from a for_each over roles', code: grant('each.value').replace('  project', '  for_each = toset(["roles/logging.logWriter", "roles/artifactregistry.writer"])\n  project'), findings: [{ messageId: 'wide', line: 4 }] },
    { name: 'JSON syntax', filename: 'main.tf.json', code: '{"resource": {"google_project_iam_member": {"app": {"project": "p", "role": "roles/secretmanager.admin", "member": "user:a@example.com"}}}}\n', findings: [{ messageId: 'wide', line: 1 }] },
  ],
});
