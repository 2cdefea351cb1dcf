import { asBool, asList, asString, defineRule, type BlockView, type Range } from '../api';
import { leastPrivilege } from '../shared/gcp';
import { attributeOf, moduleFor, resourceInstances } from '../shared/terraform-evaluated';
import { headerAnchor, isOverrideFile } from '../shared/terraform-values';

/** The Compute Engine default service account: `PROJECT_NUMBER-compute@developer.gserviceaccount.com`. */
const defaultAccount = /-compute@developer\.gserviceaccount\.com$/i;
const instanceTypes = ['google_compute_instance', 'google_compute_instance_template', 'google_compute_region_instance_template'];
const isDefault = (email: string) => email === 'default' || defaultAccount.test(email);
const fullScope = (scope: string) => ['cloud-platform', 'https://www.googleapis.com/auth/cloud-platform'].includes(scope.trim());

export default defineRule({
  id: 'TF-206',
  title: 'Run VMs and GKE nodes as a dedicated service account, not the Compute Engine default',
  target: 'terraform',
  severity: 'high',
  preset: 'recommended',
  requirements: ['1.3', '1.2'],
  frameworks: {
    ...leastPrivilege(),
    cis: [
      'CIS Google Cloud Platform Foundation Benchmark v4.0.0 4.1',
      'CIS Google Kubernetes Engine (GKE) Benchmark v1.9.0 5.2.1',
    ],
  },
  docs: {
    rationale:
      'The Compute Engine default service account is shared by every VM and node of the project that does not name ' +
      'another, and unless the organization policy prevents it, it holds the Editor role on the project. Code running ' +
      'on one VM or in one pod can then read its token from the metadata server and change most of the project. A GKE ' +
      'node pool whose node_config names no service_account, and a service_account block of a VM without email, use ' +
      'this account (google provider docs).',
    remediation:
      'Create a service account per workload with only the roles it needs (for GKE nodes roles/container.defaultNodeServiceAccount, ' +
      'or logging.logWriter, monitoring.metricWriter and artifactregistry.reader) and set it as node_config.service_account ' +
      'or service_account.email.',
    links: [
      { title: 'google_container_node_pool', url: 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_node_pool#service_account' },
      { title: 'google_compute_instance', url: 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#email' },
      { title: 'Use least privilege IAM service accounts for GKE nodes', url: 'https://cloud.google.com/kubernetes-engine/docs/how-to/hardening-your-cluster#use_least_privilege_sa' },
    ],
  },
  messages: {
    defaultAccount: '{{email}} is the Compute Engine default service account{{scope}}.',
    noEmail: 'This service_account block sets no email, so the VM runs as the Compute Engine default service account{{scope}}.',
    nodeDefault: 'No node service_account is set, so the nodes run as the Compute Engine default service account.',
  },
  examples: {
    bad: 'resource "google_container_node_pool" "apps" {\n  cluster = google_container_cluster.main.id\n  node_config {\n    machine_type = "e2-standard-4"\n  }\n}\n',
    good:
      'resource "google_container_node_pool" "apps" {\n  cluster = google_container_cluster.main.id\n  node_config {\n    machine_type    = "e2-standard-4"\n' +
      '    service_account = google_service_account.nodes.email\n  }\n}\n',
  },
  check({ file, module, report }) {
    // An override file patches a block defined elsewhere: what it leaves out may be set there.
    if (isOverrideFile(file)) return;
    const project = moduleFor(file, module);

    // No edits: the dedicated account and its roles must exist first.
    const nodes = (owner: BlockView, anchor: Range) => {
      if (owner.hasUnknownBlocks('node_config')) return;
      const configs = owner.blocks('node_config');
      if (configs.length === 0) report({ at: anchor, messageId: 'nodeDefault' });
      for (const config of configs) {
        const account = attributeOf(config, 'service_account');
        if (!account || account.value.kind === 'null') {
          report({ at: account?.at ?? config.block.typeRange, messageId: 'nodeDefault', value: account?.value });
          continue;
        }
        const email = asString(account.value)?.trim();
        if (email !== undefined && isDefault(email)) report({ at: account.at, messageId: 'defaultAccount', data: { email, scope: '' }, value: account.value });
      }
    };

    for (const pool of resourceInstances(project, file, 'google_container_node_pool')) nodes(pool, headerAnchor(file, pool.block));

    for (const cluster of resourceInstances(project, file, 'google_container_cluster')) {
      // Autopilot picks node accounts through cluster_autoscaling; a flag not known before apply might be Autopilot.
      const autopilot = cluster.value('enable_autopilot');
      if (autopilot && autopilot.kind !== 'null' && asBool(autopilot) !== false) continue;
      if (cluster.hasUnknownBlocks('node_pool')) continue;
      const inline = cluster.blocks('node_pool');
      // Inline node pools replace the default pool.
      for (const pool of inline) nodes(pool, pool.block.typeRange);
      if (inline.length > 0) continue;
      const remove = cluster.value('remove_default_node_pool');
      if (remove && remove.kind !== 'null' && asBool(remove) !== false) continue;
      nodes(cluster, headerAnchor(file, cluster.block));
    }

    for (const type of instanceTypes) {
      for (const instance of resourceInstances(project, file, type)) {
        if (instance.hasUnknownBlocks('service_account')) continue;
        // Without a service_account block the VM has no service account at all.
        for (const account of instance.blocks('service_account')) {
          const scopes = asList(account.value('scopes')) ?? [];
          const scope = scopes.some((s) => fullScope(asString(s) ?? '')) ? ' with the cloud-platform scope' : '';
          const email = attributeOf(account, 'email');
          if (!email || email.value.kind === 'null') {
            report({ at: email?.at ?? account.block.typeRange, messageId: 'noEmail', data: { scope }, value: email?.value });
            continue;
          }
          const address = asString(email.value)?.trim();
          if (address !== undefined && isDefault(address)) report({ at: email.at, messageId: 'defaultAccount', data: { email: address, scope }, value: email.value });
        }
      }
    }
  },
});
