import { providerMajor, type BlockView, type Fix, type TerraformFile, type TerraformModule, type TfAttribute } from '../api';

/**
 * An argument that a provider major version renamed or removed. Security rules read both names
 * while the provider version is unknown; on a major without the old name they read the new one,
 * and TF-500 offers the rename.
 */
export interface RenamedArgument {
  /** Provider source address, e.g. `hashicorp/azurerm`. */
  provider: string;
  resources: readonly string[];
  /** Nested blocks on the way to the argument (`default_node_pool`), empty for a top-level argument. */
  within: readonly string[];
  old: string;
  /** The argument that replaces it with the same meaning; undefined when there is none to rename to. */
  current?: string;
  /** What to write instead when there is no plain rename. */
  instead?: string;
  /** The first major version without the old name. */
  removedIn: number;
}

const azurerm = 'hashicorp/azurerm';
const google = 'hashicorp/google';
const aks = ['azurerm_kubernetes_cluster'];
const nodePool = ['azurerm_kubernetes_cluster_node_pool'];
const apiManagement = ['azurerm_api_management'];

/**
 * The renames and removals of security-relevant arguments, from the provider upgrade guides
 * (azurerm 4.0 and 5.0, google 4.0, 5.0 and 6.0).
 */
export const renamedArguments: readonly RenamedArgument[] = [
  { provider: azurerm, resources: ['azurerm_storage_account'], within: [], old: 'enable_https_traffic_only', current: 'https_traffic_only_enabled', removedIn: 4 },
  { provider: azurerm, resources: ['azurerm_redis_cache'], within: [], old: 'enable_non_ssl_port', current: 'non_ssl_port_enabled', removedIn: 4 },
  { provider: azurerm, resources: aks, within: [], old: 'automatic_channel_upgrade', current: 'automatic_upgrade_channel', removedIn: 4 },
  { provider: azurerm, resources: aks, within: [], old: 'node_os_channel_upgrade', current: 'node_os_upgrade_channel', removedIn: 4 },
  {
    provider: azurerm,
    resources: aks,
    within: [],
    old: 'api_server_authorized_ip_ranges',
    instead: 'api_server_access_profile { authorized_ip_ranges = [...] }',
    removedIn: 4,
  },
  { provider: azurerm, resources: aks, within: ['default_node_pool'], old: 'enable_node_public_ip', current: 'node_public_ip_enabled', removedIn: 4 },
  { provider: azurerm, resources: aks, within: ['default_node_pool'], old: 'enable_host_encryption', current: 'host_encryption_enabled', removedIn: 4 },
  { provider: azurerm, resources: nodePool, within: [], old: 'enable_node_public_ip', current: 'node_public_ip_enabled', removedIn: 4 },
  { provider: azurerm, resources: nodePool, within: [], old: 'enable_host_encryption', current: 'host_encryption_enabled', removedIn: 4 },
  { provider: azurerm, resources: ['azurerm_network_interface'], within: [], old: 'enable_ip_forwarding', current: 'ip_forwarding_enabled', removedIn: 4 },
  { provider: azurerm, resources: ['azurerm_key_vault'], within: [], old: 'enable_rbac_authorization', current: 'rbac_authorization_enabled', removedIn: 5 },
  { provider: azurerm, resources: ['azurerm_network_watcher_flow_log'], within: [], old: 'network_security_group_id', current: 'target_resource_id', removedIn: 5 },
  ...['ssl30', 'tls10', 'tls11'].flatMap((protocol) =>
    ['frontend', 'backend'].map(
      (side): RenamedArgument => ({
        provider: azurerm,
        resources: apiManagement,
        within: ['security'],
        old: `enable_${side}_${protocol}`,
        current: `${side}_${protocol}_enabled`,
        removedIn: 5,
      }),
    ),
  ),
  { provider: google, resources: ['google_container_cluster'], within: ['master_auth'], old: 'username', instead: 'Google identities or client certificates', removedIn: 4 },
  { provider: google, resources: ['google_container_cluster'], within: ['master_auth'], old: 'password', instead: 'Google identities or client certificates', removedIn: 4 },
  {
    provider: google,
    resources: ['google_container_cluster'],
    within: [],
    old: 'enable_binary_authorization',
    instead: 'binary_authorization { evaluation_mode = "PROJECT_SINGLETON_POLICY_ENFORCE" }',
    removedIn: 5,
  },
  { provider: google, resources: ['google_sql_database_instance'], within: ['settings', 'ip_configuration'], old: 'require_ssl', instead: 'ssl_mode', removedIn: 6 },
];

/** The entry for an old argument name of a resource type. */
export function renamedArgument(resource: string, old: string): RenamedArgument {
  const found = renamedArguments.find((entry) => entry.old === old && entry.resources.includes(resource));
  if (!found) throw new Error(`no rename of ${resource}.${old}`);
  return found;
}

/** True when the provider version in use is known to have no `old` argument any more. */
export function isRemoved(module: TerraformModule, entry: RenamedArgument): boolean {
  const major = providerMajor(module, entry.provider);
  return major !== undefined && major >= entry.removedIn;
}

/**
 * The names a security rule reads for a renamed argument: the current one, and the old one
 * unless the provider version in use is known to have dropped it (Terraform then rejects it,
 * and TF-500 offers the rename).
 */
export function argumentNames(module: TerraformModule, entry: RenamedArgument): string[] {
  if (!entry.current) return [entry.old];
  return isRemoved(module, entry) ? [entry.current] : [entry.current, entry.old];
}

/** Renames an argument where it is written (`name =`, or the quoted member name in JSON). */
export function renameArgument(file: TerraformFile, attribute: TfAttribute, name: string): Fix {
  const written = file.text.slice(file.lines.offsetAt(attribute.nameRange.start), file.lines.offsetAt(attribute.nameRange.end));
  const newText = written.startsWith('"') ? JSON.stringify(name) : name;
  return { title: `Rename ${attribute.name} to ${name}`, edits: [{ range: attribute.nameRange, newText }] };
}

/** The blocks of a resource instance that hold the argument of an entry (the resource itself, or nested blocks). */
export function holders(resource: BlockView, entry: RenamedArgument): BlockView[] {
  let views = [resource];
  for (const type of entry.within) views = views.flatMap((view) => view.blocks(type));
  return views;
}

/** A resource type that a provider major version removed, and what replaces it. */
export interface RemovedResource {
  provider: string;
  type: string;
  removedIn: number;
  instead: string;
}

/** Removed resource types that security checks read, from the azurerm 4.0 and 5.0 upgrade guides. */
export const removedResources: readonly RemovedResource[] = [
  { provider: azurerm, type: 'azurerm_monitor_log_profile', removedIn: 4, instead: 'azurerm_monitor_diagnostic_setting on the subscription' },
  { provider: azurerm, type: 'azurerm_sql_server', removedIn: 4, instead: 'azurerm_mssql_server' },
  { provider: azurerm, type: 'azurerm_sql_database', removedIn: 4, instead: 'azurerm_mssql_database' },
  { provider: azurerm, type: 'azurerm_sql_firewall_rule', removedIn: 4, instead: 'azurerm_mssql_firewall_rule' },
  { provider: azurerm, type: 'azurerm_mysql_server', removedIn: 4, instead: 'azurerm_mysql_flexible_server' },
  { provider: azurerm, type: 'azurerm_mariadb_server', removedIn: 4, instead: 'azurerm_mysql_flexible_server' },
  { provider: azurerm, type: 'azurerm_postgresql_server', removedIn: 5, instead: 'azurerm_postgresql_flexible_server' },
  { provider: azurerm, type: 'azurerm_app_service', removedIn: 5, instead: 'azurerm_linux_web_app or azurerm_windows_web_app' },
  { provider: azurerm, type: 'azurerm_app_service_slot', removedIn: 5, instead: 'azurerm_linux_web_app_slot or azurerm_windows_web_app_slot' },
  { provider: azurerm, type: 'azurerm_function_app', removedIn: 5, instead: 'azurerm_linux_function_app or azurerm_windows_function_app' },
  { provider: azurerm, type: 'azurerm_app_service_plan', removedIn: 5, instead: 'azurerm_service_plan' },
];
