import { appendAll, asBool, asString, defineRule, type BlockView } from '../api';
import { insertAttribute, replaceValue } from '../shared/terraform-edits';
import { attributeOf, itemsOf, moduleFor, resourceInstances, type Located } from '../shared/terraform-evaluated';
import { headerAnchor, isOverrideFile, isWorldCidr } from '../shared/terraform-values';

const makePrivate = 'Make the cluster private';

/**
 * The authorized ranges of a cluster: `api_server_access_profile.authorized_ip_ranges` (azurerm
 * 3.x and later) and `api_server_authorized_ip_ranges` (removed in 4.0), each located; undefined
 * when some list or profile block is not known before apply.
 */
function authorizedRanges(cluster: BlockView): Located[] | undefined {
  if (cluster.hasUnknownBlocks('api_server_access_profile')) return undefined;
  const lists = [
    attributeOf(cluster, 'api_server_authorized_ip_ranges'),
    ...cluster.blocks('api_server_access_profile').map((profile) => attributeOf(profile, 'authorized_ip_ranges')),
  ].filter((list): list is Located => list !== undefined && list.value.kind !== 'null');
  const ranges: Located[] = [];
  for (const list of lists) {
    const items = itemsOf(list);
    if (!items) return undefined;
    appendAll(ranges, items);
  }
  return ranges;
}

export default defineRule({
  id: 'TF-161',
  title: 'Restrict the AKS API server to a private endpoint or authorized ranges',
  target: 'terraform',
  severity: 'high',
  preset: 'recommended',
  requirements: ['2.3'],
  frameworks: {
    iso27001: ['A.8.20', 'A.8.5'],
    nist80053: ['AC-17', 'AC-17(3)'],
    cis: ['CIS Azure Kubernetes Service (AKS) Benchmark v1.8.0 5.4.1', 'CIS Azure Kubernetes Service (AKS) Benchmark v1.8.0 5.4.2'],
  },
  docs: {
    rationale:
      'An AKS cluster is public unless private_cluster_enabled is true (the default is false): its API server then ' +
      'answers the whole internet, a target for stolen kubeconfigs and credential attacks, unless authorized IP ranges ' +
      'limit who can reach it. A range covering every address (0.0.0.0/0) restricts nothing.',
    remediation:
      'List the networks of your users and CI in api_server_access_profile { authorized_ip_ranges = [...] } ' +
      '(api_server_authorized_ip_ranges before azurerm 3.x), or create the cluster with private_cluster_enabled = true.',
    links: [
      { title: 'azurerm_kubernetes_cluster', url: 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/kubernetes_cluster#authorized_ip_ranges' },
      { title: 'Secure access to the API server using authorized IP address ranges', url: 'https://learn.microsoft.com/azure/aks/api-server-authorized-ip-ranges' },
      { title: 'Create a private AKS cluster', url: 'https://learn.microsoft.com/azure/aks/private-clusters' },
    ],
  },
  messages: {
    public: 'The API server of this cluster is reachable from the whole internet: it is not private and no authorized IP ranges limit access.',
    worldRange: 'Authorized range "{{cidr}}" covers every address, so it does not restrict access to the public API server.',
  },
  examples: {
    bad: 'resource "azurerm_kubernetes_cluster" "main" {\n  name       = "aks-main"\n  dns_prefix = "aks-main"\n}\n',
    good:
      'resource "azurerm_kubernetes_cluster" "main" {\n  name       = "aks-main"\n  dns_prefix = "aks-main"\n\n' +
      '  api_server_access_profile {\n    authorized_ip_ranges = ["203.0.113.0/24"]\n  }\n}\n',
  },
  check({ file, module, report }) {
    const project = moduleFor(file, module);
    for (const cluster of resourceInstances(project, file, 'azurerm_kubernetes_cluster')) {
      const isPrivate = attributeOf(cluster, 'private_cluster_enabled');
      const flag = isPrivate && isPrivate.value.kind !== 'null' ? asBool(isPrivate.value) : false;
      if (flag !== false) continue;
      const ranges = authorizedRanges(cluster);
      if (!ranges) continue;
      const world = ranges.filter((range) => {
        const cidr = asString(range.value.kind === 'unknown' ? undefined : range.value);
        return cidr !== undefined && isWorldCidr(cidr);
      });
      for (const range of world) report({ at: range.at, messageId: 'worldRange', data: { cidr: asString(range.value)?.trim() ?? '' }, value: range.value });
      if (ranges.length > 0 || isOverrideFile(file)) continue;
      // Only a suggestion: the provider replaces the cluster to make it private; the ranges to
      // authorize instead are for the team to choose.
      const title = `${makePrivate} (the provider replaces the resource)`;
      const literal = isPrivate?.literal;
      const edit = literal ? replaceValue(literal, true, title) : isPrivate ? undefined : insertAttribute(file, cluster.block, 'private_cluster_enabled', true, title);
      report({ at: isPrivate?.at ?? headerAnchor(file, cluster.block), messageId: 'public', value: isPrivate?.value, suggest: edit ? [edit] : [] });
    }
  },
});
