import { asString, defineRule } from '../api';
import { leastPrivilege } from '../shared/gcp';
import { grantsOf, grantTarget, hierarchyGrantTypes } from '../shared/gcp-iam';

/** Roles over secrets and images that belong on the secret or repository, with the resource the grant belongs on. */
const resourceRoles: Record<string, string> = {
  'roles/secretmanager.secretAccessor': 'secret (google_secret_manager_secret_iam_member)',
  'roles/secretmanager.admin': 'secret (google_secret_manager_secret_iam_member)',
  'roles/artifactregistry.writer': 'repository (google_artifact_registry_repository_iam_member)',
  'roles/artifactregistry.repoAdmin': 'repository (google_artifact_registry_repository_iam_member)',
  'roles/artifactregistry.admin': 'repository (google_artifact_registry_repository_iam_member)',
};

export default defineRule({
  id: 'TF-273',
  title: 'Grant Secret Manager and Artifact Registry roles on the secret or repository, not the project',
  target: 'terraform',
  severity: 'medium',
  // Strict: project-wide grants are common for a project per workload, where the difference is small.
  preset: 'strict',
  requirements: ['1.3'],
  frameworks: leastPrivilege(),
  docs: {
    rationale:
      'roles/secretmanager.secretAccessor granted on a project, folder or organization reads every secret in it, those ' +
      'of other workloads and those created later; roles/artifactregistry.writer there pushes to every repository, so ' +
      'a compromised build or workload can replace the images other services deploy.',
    remediation:
      'Grant the role on the secrets or repositories the member needs, with google_secret_manager_secret_iam_member or ' +
      'google_artifact_registry_repository_iam_member, and remove the wider grant.',
    links: [
      { title: 'google_secret_manager_secret_iam', url: 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/secret_manager_secret_iam' },
      { title: 'google_artifact_registry_repository_iam', url: 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/artifact_registry_repository_iam' },
      { title: 'Secret Manager access control', url: 'https://cloud.google.com/secret-manager/docs/access-control' },
    ],
  },
  messages: {
    wide: '{{role}} on the {{target}} reaches every one in it; grant it on the {{scope}}.',
  },
  examples: {
    bad: 'resource "google_project_iam_member" "app" {\n  project = "acme-prod"\n  role    = "roles/secretmanager.secretAccessor"\n  member  = "serviceAccount:app@acme-prod.iam.gserviceaccount.com"\n}\n',
    good:
      'resource "google_secret_manager_secret_iam_member" "app" {\n  secret_id = google_secret_manager_secret.db.id\n' +
      '  role      = "roles/secretmanager.secretAccessor"\n  member    = "serviceAccount:app@acme-prod.iam.gserviceaccount.com"\n}\n',
  },
  check({ file, module, report }) {
    for (const grant of grantsOf(file, module, hierarchyGrantTypes)) {
      const role = grant.role && asString(grant.role.value)?.trim();
      const scope = role === undefined ? undefined : resourceRoles[role];
      if (!grant.role || !scope) continue;
      report({ at: grant.role.at, messageId: 'wide', data: { role: role!, target: grantTarget(grant.type), scope }, value: grant.role.value });
    }
  },
});
