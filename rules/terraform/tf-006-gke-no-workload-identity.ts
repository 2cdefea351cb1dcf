import { defineRule, type Fix } from '../api';
import { insertAttribute, insertBlock, replaceValue } from '../shared/terraform-edits';
import { asBool, asString, attributeOf, moduleFor, resourceInstances } from '../shared/terraform-evaluated';
import { headerAnchor, isOverrideFile } from '../shared/terraform-values';

const title = 'Enable workload identity';

export default defineRule({
  id: 'TF-006',
  title: 'Enable workload identity on GKE clusters',
  target: 'terraform',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['1.2'],
  frameworks: {
    iso27001: ['A.5.16', 'A.8.5'],
    nist80053: ['IA-9', 'IA-5'],
    cis: ['CIS Google Kubernetes Engine (GKE) Benchmark v1.9.0 5.2.2'],
  },
  docs: {
    rationale:
      'Without a workload identity pool, pods reach Google APIs with the node service account from the metadata server, ' +
      'so every pod on a node shares its permissions, or teams fall back to exported service account keys.',
    remediation:
      'Add workload_identity_config { workload_pool = "<project>.svc.id.goog" }, set workload_metadata_config ' +
      '{ mode = "GKE_METADATA" } on the node pools, and bind Kubernetes service accounts to Google service accounts.',
    links: [
      {
        title: 'google_container_cluster',
        url: 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#workload_identity_config',
      },
      { title: 'Workload Identity Federation for GKE', url: 'https://cloud.google.com/kubernetes-engine/docs/how-to/workload-identity' },
    ],
  },
  messages: {
    missing: 'The cluster has no workload identity pool: pods use the node service account to call Google APIs.',
    noPool: 'workload_identity_config sets no workload_pool, so workload identity stays off.',
  },
  examples: {
    bad: 'resource "google_container_cluster" "main" {\n  name     = "main"\n  location = "europe-west1"\n  project  = "acme-prod"\n}\n',
    good:
      'resource "google_container_cluster" "main" {\n  name     = "main"\n  location = "europe-west1"\n  project  = "acme-prod"\n\n' +
      '  workload_identity_config {\n    workload_pool = "acme-prod.svc.id.goog"\n  }\n}\n',
  },
  check({ file, module, report }) {
    // An override file patches a cluster defined elsewhere: what it leaves out may be set there.
    if (isOverrideFile(file)) return;
    for (const cluster of resourceInstances(moduleFor(file, module), file, 'google_container_cluster')) {
      // Autopilot always runs workload identity; a flag not known before apply might be Autopilot.
      const autopilot = cluster.value('enable_autopilot');
      if (autopilot && autopilot.kind !== 'null' && asBool(autopilot) !== false) continue;
      if (cluster.hasUnknownBlocks('workload_identity_config')) continue;

      // Only a project written as a literal on the cluster gives the pool name to insert (a value
      // from a variable would be frozen by the edit); node pools must move to GKE_METADATA as
      // well, which changes what pods can reach: a suggestion.
      const projectAttribute = attributeOf(cluster, 'project');
      const project = projectAttribute?.literal ? asString(projectAttribute.value)?.trim() : undefined;
      const pool = project ? `${project}.svc.id.goog` : undefined;
      const configs = cluster.blocks('workload_identity_config');
      if (configs.length === 0) {
        const edit = pool && insertBlock(file, cluster.block, 'workload_identity_config', [['workload_pool', pool]], title);
        report({ at: headerAnchor(file, cluster.block), messageId: 'missing', suggest: edit ? [edit] : [] });
        continue;
      }
      for (const config of configs) {
        // `identity_namespace` is the name before google provider 4.0.
        const value = attributeOf(config, 'workload_pool') ?? attributeOf(config, 'identity_namespace');
        if (!value) {
          const edit = pool && insertAttribute(file, config.block, 'workload_pool', pool, title);
          report({ at: config.block.typeRange, messageId: 'noPool', suggest: edit ? [edit] : [] });
        } else if (value.value.kind === 'null' || (value.value.kind === 'string' && value.value.value.trim() === '')) {
          const suggest: Fix[] = pool && value.literal ? [replaceValue(value.literal, pool, title)] : [];
          report({ at: value.at, messageId: 'noPool', suggest, value: value.value });
        }
      }
    }
  },
});
