import { defineRule } from '../api';
import { removeBlockLines } from '../shared/gcp';
import { moduleFor, resourceInstances } from '../shared/terraform-evaluated';

const instanceTypes = ['google_compute_instance', 'google_compute_instance_template', 'google_compute_region_instance_template'];
/** Nested blocks of a network interface that give the VM an external address. */
const external = [
  ['access_config', 'IPv4'],
  ['ipv6_access_config', 'IPv6'],
] as const;

export default defineRule({
  id: 'TF-212',
  title: 'Do not give Compute Engine VMs external IP addresses',
  target: 'terraform',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['2.1'],
  frameworks: {
    iso27001: ['A.8.20', 'A.8.22'],
    nist80053: ['SC-7', 'SC-7(3)'],
    cis: ['CIS Google Cloud Platform Foundation Benchmark v4.0.0 4.9'],
  },
  docs: {
    rationale:
      'A network interface with an access_config (or ipv6_access_config) block gets an external address, even an empty ' +
      'block: the VM is then reachable from the internet wherever a firewall rule allows it, and a broad rule added ' +
      'later exposes it at once. Without the block the VM has only internal addresses and reaches the internet through ' +
      'Cloud NAT.',
    remediation:
      'Remove the access_config block, reach the VM through IAP TCP forwarding or a load balancer, and give it outbound ' +
      'access through Cloud NAT.',
    links: [
      { title: 'google_compute_instance', url: 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#access_config' },
      { title: 'Cloud NAT overview', url: 'https://cloud.google.com/nat/docs/overview' },
    ],
  },
  messages: {
    external: 'This access block gives the VM an external {{family}} address, reachable from the internet.',
  },
  examples: {
    bad: 'resource "google_compute_instance" "vm" {\n  name = "vm"\n  network_interface {\n    subnetwork = "apps"\n    access_config {}\n  }\n}\n',
    good: 'resource "google_compute_instance" "vm" {\n  name = "vm"\n  network_interface {\n    subnetwork = "apps"\n  }\n}\n',
  },
  check({ file, module, report }) {
    const project = moduleFor(file, module);
    for (const type of instanceTypes) {
      for (const instance of resourceInstances(project, file, type)) {
        for (const nic of instance.blocks('network_interface')) {
          for (const [block, family] of external) {
            for (const access of nic.blocks(block)) {
              // Clients that reach the VM at that address lose it: a suggestion; generated blocks are left alone.
              const edit = access.block.type === block ? removeBlockLines(file, access.block, `Remove ${block}`) : undefined;
              report({ at: access.block.typeRange, messageId: 'external', data: { family }, suggest: edit ? [edit] : [] });
            }
          }
        }
      }
    }
  },
});
