import rule from '../../../rules/terraform/tf-225-gke-node-image-not-cos';
import { ruleTester } from '../../helpers/rule-tester';

const pool = (image: string) => `resource "google_container_node_pool" "apps" {\n  cluster = "main"\n  node_config {\n    image_type = ${image}\n  }\n}\n`;
const title = 'Set image_type = "COS_CONTAINERD" (the provider replaces the resource)';

ruleTester(rule, {
  good: [
    { name: 'COS', code: pool('"COS_CONTAINERD"') },
    { name: 'Windows pool', code: pool('"WINDOWS_LTSC_CONTAINERD"') },
    { name: 'default image', code: 'resource "google_container_node_pool" "apps" {\n  cluster = "main"\n}\n' },
    { name: 'not known before apply', code: pool('var.image') },
    { name: 'JSON syntax, COS', filename: 'main.tf.json', code: '{"resource": {"google_container_node_pool": {"apps": {"node_config": {"image_type": "cos_containerd"}}}}}\n' },
  ],
  bad: [
    { name: 'Ubuntu', code: pool('"UBUNTU_CONTAINERD"'), findings: [{ messageId: 'notCos', line: 4, column: 18, endColumn: 37, suggestions: [{ title, output: pool('"COS_CONTAINERD"') }] }] },
    {
      name: 'Ubuntu from a variable default',
      code: pool('var.image'),
      files: { 'variables.tf': 'variable "image" {\n  default = "UBUNTU_CONTAINERD"\n}\n' },
      findings: [{ messageId: 'notCos', line: 4, column: 18, endColumn: 27, related: ['variables.tf:2:13'], suggestions: [] }],
    },
    { name: 'JSON syntax, Ubuntu', filename: 'main.tf.json', code: '{"resource": {"google_container_node_pool": {"apps": {"node_config": {"image_type": "UBUNTU"}}}}}\n', findings: [{ messageId: 'notCos', line: 1 }] },
  ],
});
