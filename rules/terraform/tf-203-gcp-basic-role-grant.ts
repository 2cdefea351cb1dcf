import { asString, defineRule } from '../api';
import { leastPrivilege } from '../shared/gcp';
import { grantsOf, grantTarget, hierarchyGrantTypes } from '../shared/gcp-iam';

const basicRoles = ['roles/owner', 'roles/editor'];

export default defineRule({
  id: 'TF-203',
  title: 'Do not grant the Owner or Editor basic roles',
  target: 'terraform',
  severity: 'high',
  preset: 'recommended',
  requirements: ['1.3'],
  frameworks: leastPrivilege('CIS Google Cloud Platform Foundation Benchmark v4.0.0 1.5'),
  docs: {
    rationale:
      'roles/owner and roles/editor are basic roles: they allow changing nearly every resource of the project, folder ' +
      'or organization they are granted on, including future services, and Owner also allows changing IAM. A leaked ' +
      'key or a compromised workload holding them controls the whole project.',
    remediation:
      'Grant predefined or custom roles limited to the services the member uses (for example roles/storage.objectAdmin ' +
      'on one bucket) instead of roles/owner or roles/editor.',
    links: [
      { title: 'google_project_iam', url: 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/google_project_iam' },
      { title: 'Basic roles', url: 'https://cloud.google.com/iam/docs/roles-overview#basic' },
    ],
  },
  messages: {
    basicRole: '{{role}} is a basic role: it grants broad access to every resource of the {{target}}.',
    basicRolePolicy: '{{role}} is a basic role: it grants broad access to every resource the policy is set on.',
  },
  examples: {
    bad: 'resource "google_project_iam_member" "ci" {\n  project = "acme-prod"\n  role    = "roles/editor"\n  member  = "serviceAccount:ci@acme-prod.iam.gserviceaccount.com"\n}\n',
    good: 'resource "google_project_iam_member" "ci" {\n  project = "acme-prod"\n  role    = "roles/run.developer"\n  member  = "serviceAccount:ci@acme-prod.iam.gserviceaccount.com"\n}\n',
  },
  check({ file, module, report }) {
    for (const grant of grantsOf(file, module, hierarchyGrantTypes, true)) {
      const role = grant.role && asString(grant.role.value)?.trim();
      if (!grant.role || role === undefined || !basicRoles.includes(role)) continue;
      // No edit: which narrower roles the member needs is for a person to decide.
      const policy = grant.type === 'google_iam_policy';
      report({
        at: grant.role.at,
        messageId: policy ? 'basicRolePolicy' : 'basicRole',
        data: policy ? { role } : { role, target: grantTarget(grant.type) },
        value: grant.role.value,
      });
    }
  },
});
