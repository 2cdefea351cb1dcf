import rule from '../../../rules/terraform/tf-206-gcp-default-service-account';
import { ruleTester } from '../../helpers/rule-tester';

const pool = (config: string, extra = '') => `resource "google_container_node_pool" "apps" {\n  cluster = "main"\n${extra}${config}}\n`;
const nodeConfig = (body: string) => `  node_config {\n    machine_type = "e2-standard-4"\n${body}  }\n`;
const vm = (account: string) => `resource "google_compute_instance" "vm" {\n  name         = "vm"\n  machine_type = "e2-small"\n${account}}\n`;
const defaultEmail = '123456789-compute@developer.gserviceaccount.com';

ruleTester(rule, {
  good: [
    { name: 'node pool with a dedicated account', code: pool(nodeConfig('    service_account = google_service_account.nodes.email\n')) },
    { name: 'node account not known before apply', code: pool(nodeConfig('    service_account = var.sa\n')) },
    { name: 'node config from a dynamic block not known before apply', code: pool('  dynamic "node_config" {\n    for_each = var.configs\n    content {}\n  }\n') },
    { name: 'cluster removes its default pool', code: 'resource "google_container_cluster" "main" {\n  name                     = "main"\n  remove_default_node_pool = true\n  initial_node_count       = 1\n}\n' },
    { name: 'default pool removal not known before apply', code: 'resource "google_container_cluster" "main" {\n  remove_default_node_pool = var.remove\n}\n' },
    { name: 'Autopilot cluster', code: 'resource "google_container_cluster" "main" {\n  name             = "main"\n  enable_autopilot = true\n}\n' },
    { name: 'cluster default pool with a dedicated account', code: 'resource "google_container_cluster" "main" {\n  node_config {\n    service_account = "nodes@acme-prod.iam.gserviceaccount.com"\n  }\n}\n' },
    { name: 'VM without a service account', code: vm('') },
    { name: 'VM with a dedicated account', code: vm('  service_account {\n    email  = google_service_account.vm.email\n    scopes = ["cloud-platform"]\n  }\n') },
    { name: 'dedicated account from tfvars', code: vm('  service_account {\n    email = var.email\n  }\n'), files: { 'variables.tf': `variable "email" {\n  default = "${defaultEmail}"\n}\n`, 'terraform.tfvars': 'email = "vm@acme-prod.iam.gserviceaccount.com"\n' } },
    { name: 'count = 0', code: pool('', '  count = 0\n') },
    { name: 'override file', filename: 'gke_override.tf', code: pool('') },
    { name: 'JSON syntax, dedicated account', filename: 'main.tf.json', code: '{"resource": {"google_container_node_pool": {"apps": {"node_config": {"service_account": "nodes@p.iam.gserviceaccount.com"}}}}}\n' },
  ],
  bad: [
    { name: 'node pool without node_config', code: pool(''), findings: [{ messageId: 'nodeDefault', line: 1, column: 1, endColumn: 45, suggestions: [] }] },
    { name: 'node_config without service_account', code: pool(nodeConfig('')), findings: [{ messageId: 'nodeDefault', line: 3, column: 3, endColumn: 14 }] },
    { name: 'node account named "default"', code: pool(nodeConfig('    service_account = "default"\n')), findings: [{ messageId: 'defaultAccount', line: 5, column: 23, endColumn: 32 }] },
    {
      name: 'default compute account from a variable default',
      code: pool(nodeConfig('    service_account = var.sa\n')),
      files: { 'variables.tf': `variable "sa" {\n  default = "${defaultEmail}"\n}\n` },
      findings: [{ messageId: 'defaultAccount', line: 5, column: 23, endColumn: 29, related: ['variables.tf:2:13'] }],
    },
    { name: 'cluster default pool', code: 'resource "google_container_cluster" "main" {\n  name = "main"\n}\n', findings: [{ messageId: 'nodeDefault', line: 1, column: 1, endColumn: 43 }] },
    {
      name: 'inline node pool of a cluster',
      code: 'resource "google_container_cluster" "main" {\n  node_pool {\n    name = "apps"\n  }\n}\n',
      findings: [{ messageId: 'nodeDefault', line: 2, column: 3, endColumn: 12 }],
    },
    {
      name: 'VM service_account without email, full scope',
      code: vm('  service_account {\n    scopes = ["cloud-platform"]\n  }\n'),
      findings: [{ messageId: 'noEmail', line: 4, column: 3, endColumn: 18 }],
    },
    {
      name: 'instance template with the default account',
      code: `resource "google_compute_instance_template" "t" {\n  service_account {\n    email  = "${defaultEmail}"\n    scopes = ["https://www.googleapis.com/auth/cloud-platform"]\n  }\n}\n`,
      findings: [{ messageId: 'defaultAccount', line: 3, column: 14, endColumn: 63 }],
    },
    {
      name: 'for_each over pools: the one without an account',
      code: pool(nodeConfig('    service_account = each.value\n'), '  for_each = { a = "nodes@p.iam.gserviceaccount.com", b = null }\n'),
      findings: [{ messageId: 'nodeDefault', line: 6, column: 23, endColumn: 33 }],
    },
    {
      name: 'JSON syntax, no node account',
      filename: 'main.tf.json',
      code: '{"resource": {"google_container_node_pool": {"apps": {"node_config": {"machine_type": "e2-small"}}}}}\n',
      findings: [{ messageId: 'nodeDefault', line: 1, column: 55, endColumn: 68 }],
    },
  ],
});
