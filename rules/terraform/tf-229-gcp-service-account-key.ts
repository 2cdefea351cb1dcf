import { defineRule } from '../api';
import { cisGcp, staticCredentials } from '../shared/gcp-hardening';
import { moduleFor, resourceInstances } from '../shared/terraform-evaluated';
import { headerAnchor, isOverrideFile } from '../shared/terraform-values';

export default defineRule({
  id: 'TF-229',
  title: 'Do not create user-managed service account keys',
  target: 'terraform',
  severity: 'high',
  preset: 'recommended',
  requirements: ['1.1'],
  frameworks: staticCredentials(cisGcp('1.4')),
  docs: {
    rationale:
      'A google_service_account_key is a long-lived credential: the private key is written to the Terraform state ' +
      '(private_key), is valid until it is deleted (ten years by default), and works from anywhere once copied. An ' +
      'uploaded public_key_data key is just as user-managed. Workloads on Google Cloud get short-lived tokens from ' +
      'attached service accounts, and workloads elsewhere from Workload Identity Federation.',
    remediation:
      'Remove the key and use an attached service account, Workload Identity (GKE) or Workload Identity Federation ' +
      '(CI, other clouds); if a key cannot be avoided, rotate it within 90 days and keep it out of the state.',
    links: [
      { title: 'google_service_account_key', url: 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/google_service_account_key' },
      { title: 'Best practices for managing service account keys', url: 'https://cloud.google.com/iam/docs/best-practices-for-managing-service-account-keys' },
    ],
  },
  messages: {
    key: 'This creates a user-managed service account key: a long-lived credential that ends up in the Terraform state.',
  },
  examples: {
    bad: 'resource "google_service_account_key" "ci" {\n  service_account_id = google_service_account.ci.name\n}\n',
    good: 'resource "google_service_account_iam_member" "ci" {\n  service_account_id = google_service_account.ci.name\n  role               = "roles/iam.workloadIdentityUser"\n  member             = "principalSet://iam.googleapis.com/projects/1/locations/global/workloadIdentityPools/ci/*"\n}\n',
  },
  check({ file, module, report }) {
    if (isOverrideFile(file)) return;
    // No edit: whoever uses the key needs another way to authenticate first.
    for (const key of resourceInstances(moduleFor(file, module), file, 'google_service_account_key')) report({ at: headerAnchor(file, key.block), messageId: 'key' });
  },
});
