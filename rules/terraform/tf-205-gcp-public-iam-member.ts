import { asString, defineRule } from '../api';
import { grantsOf, grantTarget } from '../shared/gcp-iam';
import { attributeOf, itemsOf, moduleFor, resourceInstances } from '../shared/terraform-evaluated';
import { isOverrideFile } from '../shared/terraform-values';

/** Resources with `*_iam_member` and `*_iam_binding` types, looked up by type. */
const iamTargets = [
  'api_gateway_api', 'api_gateway_gateway', 'artifact_registry_repository', 'bigquery_dataset', 'bigquery_table', 'bigtable_instance',
  'bigtable_table', 'cloud_run_service', 'cloud_run_v2_job', 'cloud_run_v2_service', 'cloud_tasks_queue', 'cloudfunctions_function',
  'cloudfunctions2_function', 'compute_backend_service', 'compute_disk', 'compute_image', 'compute_instance', 'compute_snapshot',
  'compute_subnetwork', 'container_analysis_note', 'data_catalog_entry_group', 'dataproc_cluster', 'dns_managed_zone', 'endpoints_service',
  'folder', 'healthcare_dataset', 'iap_tunnel_instance', 'iap_web', 'iap_web_backend_service', 'kms_crypto_key', 'kms_key_ring',
  'notebooks_instance', 'organization', 'project', 'pubsub_subscription', 'pubsub_topic', 'secret_manager_secret', 'service_account',
  'sourcerepo_repository', 'spanner_database', 'spanner_instance', 'storage_bucket', 'storage_managed_folder', 'workbench_instance',
];
const grantTypes = iamTargets.flatMap((target) => [`google_${target}_iam_member`, `google_${target}_iam_binding`]);
/** Cloud Storage ACL resources: one `entity`, or a `role_entity` list of `ROLE:entity`. */
const aclEntity = ['google_storage_bucket_access_control', 'google_storage_object_access_control', 'google_storage_default_object_access_control'];
const aclLists = ['google_storage_bucket_acl', 'google_storage_object_acl', 'google_storage_default_object_acl'];

const audiences: Record<string, string> = { allusers: 'anyone on the internet', allauthenticatedusers: 'anyone with a Google account' };
/** The audience of a public principal (`allUsers`, `allAuthenticatedUsers`), or undefined. */
const audienceOf = (principal: string): string | undefined => audiences[principal.trim().toLowerCase()];

export default defineRule({
  id: 'TF-205',
  title: 'Do not grant Google Cloud resources to allUsers or allAuthenticatedUsers',
  target: 'terraform',
  severity: 'high',
  preset: 'recommended',
  requirements: ['2.1', '1.3'],
  frameworks: {
    iso27001: ['A.8.20', 'A.5.15', 'A.8.3'],
    nist80053: ['AC-3', 'AC-6', 'SC-7'],
  },
  docs: {
    rationale:
      'allUsers is anyone on the internet, without signing in; allAuthenticatedUsers is anyone with a Google account, ' +
      'in any organization. A role or ACL granted to either exposes the bucket, secret, image, function or service to ' +
      'the world. A service or website meant to be public is a deliberate exception: suppress the finding there.',
    remediation:
      'Grant the role to the users, groups, service accounts or domain that need it, and serve public content through ' +
      'a load balancer or signed URLs rather than public IAM.',
    links: [
      { title: 'IAM principals: allUsers and allAuthenticatedUsers', url: 'https://cloud.google.com/iam/docs/principals-overview#all-users' },
      { title: 'google_storage_bucket_iam', url: 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/storage_bucket_iam' },
    ],
  },
  messages: {
    publicMember: '"{{member}}" grants {{role}} on this {{target}} to {{audience}}.',
    publicAcl: 'This ACL grants access to {{audience}}.',
  },
  examples: {
    bad: 'resource "google_storage_bucket_iam_member" "read" {\n  bucket = google_storage_bucket.data.name\n  role   = "roles/storage.objectViewer"\n  member = "allUsers"\n}\n',
    good: 'resource "google_storage_bucket_iam_member" "read" {\n  bucket = google_storage_bucket.data.name\n  role   = "roles/storage.objectViewer"\n  member = "group:analysts@acme.com"\n}\n',
  },
  check({ file, module, report }) {
    for (const grant of grantsOf(file, module, grantTypes)) {
      const role = (grant.role && asString(grant.role.value)) ?? 'its role';
      for (const { member, remove } of grant.members) {
        const principal = asString(member.value);
        const audience = principal === undefined ? undefined : audienceOf(principal);
        if (!principal || !audience) continue;
        // Only a suggestion: a public site or API may rely on it.
        const edit = remove(`Remove ${principal.trim()}`);
        report({
          at: member.at,
          messageId: 'publicMember',
          data: { member: principal.trim(), role, target: grantTarget(grant.type), audience },
          value: member.value,
          suggest: edit ? [edit] : [],
        });
      }
    }
    if (isOverrideFile(file)) return;
    const project = moduleFor(file, module);
    for (const type of aclEntity) {
      for (const acl of resourceInstances(project, file, type)) {
        const entity = attributeOf(acl, 'entity');
        const audience = entity && audienceOf(asString(entity.value) ?? '');
        if (entity && audience) report({ at: entity.at, messageId: 'publicAcl', data: { audience }, value: entity.value });
      }
    }
    for (const type of aclLists) {
      for (const acl of resourceInstances(project, file, type)) {
        for (const item of itemsOf(attributeOf(acl, 'role_entity')) ?? []) {
          const audience = audienceOf(asString(item.value)?.split(':').pop() ?? '');
          if (audience) report({ at: item.at, messageId: 'publicAcl', data: { audience }, value: item.value });
        }
      }
    }
  },
});
