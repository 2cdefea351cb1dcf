import { asString, defineRule } from '../api';
import { leastPrivilege } from '../shared/gcp';
import { grantsOf, grantTarget, hierarchyGrantTypes } from '../shared/gcp-iam';

const impersonationRoles = ['roles/iam.serviceAccountUser', 'roles/iam.serviceAccountTokenCreator'];

export default defineRule({
  id: 'TF-204',
  title: 'Grant service account impersonation on the service account, not the project',
  target: 'terraform',
  severity: 'high',
  preset: 'recommended',
  requirements: ['1.3'],
  frameworks: leastPrivilege('CIS Google Cloud Platform Foundation Benchmark v4.0.0 1.6'),
  docs: {
    rationale:
      'Service Account User and Service Account Token Creator granted on a project, folder or organization let the ' +
      'member act as every service account in it, present and future, and so hold the union of their permissions.',
    remediation:
      'Grant the role on the service accounts the member must use, with google_service_account_iam_member, and remove ' +
      'the project-, folder- or organization-level grant.',
    links: [
      { title: 'google_service_account_iam', url: 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/google_service_account_iam' },
      { title: 'Roles for service account authentication', url: 'https://cloud.google.com/iam/docs/service-account-permissions' },
    ],
  },
  messages: {
    wideImpersonation: '{{role}} on the {{target}} lets the member act as every service account in it.',
  },
  examples: {
    bad: 'resource "google_project_iam_member" "deployer" {\n  project = "acme-prod"\n  role    = "roles/iam.serviceAccountUser"\n  member  = "group:deployers@acme.com"\n}\n',
    good:
      'resource "google_service_account_iam_member" "deployer" {\n  service_account_id = google_service_account.app.name\n' +
      '  role               = "roles/iam.serviceAccountUser"\n  member             = "group:deployers@acme.com"\n}\n',
  },
  check({ file, module, report }) {
    // `google_iam_policy` documents are left out: the same document may set a service account's own policy.
    for (const grant of grantsOf(file, module, hierarchyGrantTypes)) {
      const role = grant.role && asString(grant.role.value)?.trim();
      if (!grant.role || role === undefined || !impersonationRoles.includes(role)) continue;
      report({ at: grant.role.at, messageId: 'wideImpersonation', data: { role, target: grantTarget(grant.type) }, value: grant.role.value });
    }
  },
});
