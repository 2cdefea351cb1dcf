import rule from '../../../rules/terraform/tf-275-gke-boot-disk-no-cmek';
import { ruleTester } from '../../helpers/rule-tester';

const pool = (config: string) => `resource "google_container_node_pool" "apps" {\n  name    = "apps"\n  cluster = "main"\n  node_config {\n${config}  }\n}\n`;

ruleTester(rule, {
  good: [
    { name: 'key', code: pool('    boot_disk_kms_key = google_kms_crypto_key.nodes.id\n') },
    { name: 'Autopilot cluster', code: 'resource "google_container_cluster" "ap" {\n  name             = "ap"\n  enable_autopilot = true\n}\n' },
    { name: 'cluster without its default pool', code: 'resource "google_container_cluster" "c" {\n  name                     = "c"\n  remove_default_node_pool = true\n  initial_node_count       = 1\n}\n' },
  ],
  bad: [
    { name: 'node pool without a key', code: pool('    machine_type = "e2-standard-4"\n'), findings: [{ messageId: 'missing', line: 4, column: 3, endColumn: 14 }] },
    { name: 'cluster default pool', code: 'resource "google_container_cluster" "c" {\n  name               = "c"\n  initial_node_count = 1\n}\n', findings: [{ messageId: 'missing', line: 1 }] },
    { name: 'JSON syntax', filename: 'main.tf.json', code: '{"resource": {"google_container_node_pool": {"p": {"name": "p", "node_config": {"machine_type": "e2-small"}}}}}\n', findings: [{ messageId: 'missing', line: 1 }] },
  ],
});
