import { asString, defineRule } from '../api';
import { googleDoc, nodeConfigCheck, patching } from '../shared/gcp-hardening';

export default defineRule({
  id: 'TF-225',
  title: 'Run GKE nodes on Container-Optimized OS',
  target: 'terraform',
  severity: 'low',
  // Strict: Ubuntu images are supported and patched too; COS is the hardened, minimal choice.
  preset: 'strict',
  requirements: ['4.4'],
  frameworks: patching(),
  docs: {
    rationale:
      'Container-Optimized OS is a minimal, locked-down image with a read-only root filesystem, verified boot and ' +
      'automatic patches from Google; general-purpose images carry more packages and more to patch. image_type ' +
      'defaults to COS_CONTAINERD; Windows node pools must use Windows images and are accepted.',
    remediation: 'Set image_type = "COS_CONTAINERD" (the provider recreates the node pool), unless the nodes need Ubuntu kernel modules.',
    links: [
      googleDoc('google_container_node_pool', 'image_type'),
      { title: 'Node images', url: 'https://cloud.google.com/kubernetes-engine/docs/concepts/node-images' },
    ],
  },
  messages: {
    notCos: 'image_type = "{{image}}" is not Container-Optimized OS.',
  },
  examples: {
    bad:
      'resource "google_container_node_pool" "apps" {\n  cluster = google_container_cluster.main.id\n  node_config {\n' +
      '    image_type = "UBUNTU_CONTAINERD"\n  }\n}\n',
    good:
      'resource "google_container_node_pool" "apps" {\n  cluster = google_container_cluster.main.id\n  node_config {\n' +
      '    image_type = "COS_CONTAINERD"\n  }\n}\n',
  },
  check: nodeConfigCheck({
    path: 'image_type',
    compliant: (value) => {
      const image = asString(value)?.trim().toUpperCase();
      return image === undefined ? undefined : image.startsWith('COS') || image.startsWith('WINDOWS');
    },
    absent: 'compliant',
    messages: { insecure: 'notCos', missing: 'notCos' },
    data: (value) => ({ image: asString(value) ?? '' }),
    remedy: { value: 'COS_CONTAINERD', title: 'Set image_type = "COS_CONTAINERD"', kind: 'suggest', replacesResource: true },
  }),
});
