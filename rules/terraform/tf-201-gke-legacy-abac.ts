import { asBool, defineRule } from '../api';
import { leastPrivilege } from '../shared/gcp';
import { attributeCheck } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-201',
  title: 'Disable legacy ABAC authorization on GKE clusters',
  target: 'terraform',
  severity: 'high',
  preset: 'recommended',
  requirements: ['1.3'],
  frameworks: leastPrivilege(),
  docs: {
    rationale:
      'Legacy ABAC grants static permissions to identities in the cluster, service accounts and nodes included, on top ' +
      'of what RBAC and IAM allow, so least-privilege roles no longer bound what a compromised pod can do. It is off ' +
      'unless enable_legacy_abac is true (the provider default is false).',
    remediation: 'Remove enable_legacy_abac or set it to false, after granting with RBAC what workloads relied on ABAC for.',
    links: [
      { title: 'google_container_cluster', url: 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#enable_legacy_abac' },
      { title: 'Harden your cluster: leave legacy ABAC disabled', url: 'https://cloud.google.com/kubernetes-engine/docs/how-to/hardening-your-cluster#leave_abac_disabled_default_for_110' },
    ],
  },
  messages: {
    enabled: 'enable_legacy_abac = true grants static permissions beyond RBAC and IAM.',
    missing: 'Legacy ABAC is enabled.',
  },
  examples: {
    bad: 'resource "google_container_cluster" "main" {\n  name               = "main"\n  location           = "europe-west1"\n  enable_legacy_abac = true\n}\n',
    good: 'resource "google_container_cluster" "main" {\n  name     = "main"\n  location = "europe-west1"\n}\n',
  },
  check: attributeCheck({
    resources: ['google_container_cluster'],
    path: 'enable_legacy_abac',
    compliant: (value) => {
      const enabled = asBool(value);
      return enabled === undefined ? undefined : !enabled;
    },
    absent: 'compliant',
    messages: { insecure: 'enabled', missing: 'missing' },
    // Workloads that relied on ABAC lose those permissions.
    remedy: { value: false, title: 'Set enable_legacy_abac = false', kind: 'suggest' },
  }),
});
