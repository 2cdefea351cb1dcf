import { asBool, defineRule } from '../api';
import { cisGcp, exposure } from '../shared/gcp-hardening';
import { attributeCheck } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-232',
  title: 'Create Google Cloud projects without the default network',
  target: 'terraform',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['2.2', '2.1'],
  frameworks: exposure(cisGcp('3.1')),
  docs: {
    rationale:
      'A project created with auto_create_network = true (the google_project default) gets the default VPC network, ' +
      'with a subnet in every region and firewall rules that allow SSH and RDP from 0.0.0.0/0 and all internal traffic. ' +
      'Any VM placed in it is exposed at once. An organization policy (compute.skipDefaultNetworkCreation) can prevent ' +
      'it too, which the configuration does not show.',
    remediation: 'Set auto_create_network = false and create a custom-mode VPC with only the subnets and firewall rules the project needs.',
    links: [
      { title: 'google_project', url: 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/google_project#auto_create_network' },
      { title: 'Default network', url: 'https://cloud.google.com/vpc/docs/vpc#default-network' },
    ],
  },
  messages: {
    enabled: 'auto_create_network = true creates the default network and its open firewall rules.',
    missing: 'auto_create_network is not set, so the project gets the default network with open firewall rules.',
  },
  examples: {
    bad: 'resource "google_project" "app" {\n  name       = "app"\n  project_id = "acme-app"\n}\n',
    good: 'resource "google_project" "app" {\n  name                = "app"\n  project_id          = "acme-app"\n  auto_create_network = false\n}\n',
  },
  check: attributeCheck({
    resources: ['google_project'],
    path: 'auto_create_network',
    compliant: (value) => {
      const enabled = asBool(value);
      return enabled === undefined ? undefined : !enabled;
    },
    absent: 'insecure',
    messages: { insecure: 'enabled', missing: 'missing' },
    // Changing it on an existing project deletes its default network: a suggestion.
    remedy: { value: false, title: 'Set auto_create_network = false', kind: 'suggest' },
  }),
});
