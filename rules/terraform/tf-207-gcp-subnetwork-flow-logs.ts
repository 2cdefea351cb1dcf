import { asBool, asString, defineRule } from '../api';
import { insertBlock } from '../shared/terraform-edits';
import { moduleFor, resourceInstances } from '../shared/terraform-evaluated';
import { headerAnchor, isOverrideFile } from '../shared/terraform-values';

/** Purposes of subnets that carry VM traffic; proxy-only, Private Service Connect and NAT subnets have no flow logs. */
const vmPurposes = ['PRIVATE', 'PRIVATE_RFC_1918'];
const title = 'Enable VPC flow logs';

export default defineRule({
  id: 'TF-207',
  title: 'Enable VPC flow logs on Google Cloud subnetworks',
  target: 'terraform',
  severity: 'medium',
  // Strict: off by default, billed by volume, and often enforced by an organization policy instead.
  preset: 'strict',
  requirements: ['6.1'],
  frameworks: {
    iso27001: ['A.8.15', 'A.8.16'],
    nist80053: ['AU-2', 'AU-12'],
    cis: ['CIS Google Cloud Platform Foundation Benchmark v4.0.0 3.8'],
  },
  docs: {
    rationale:
      'Without flow logs there is no record of which addresses the VMs and pods of a subnet talked to, which is what an ' +
      'investigation of a breach or of data leaving the network needs first. A subnetwork has flow logs only with a ' +
      'log_config block (or, on providers before 4.0, enable_flow_logs = true), unless an organization policy turns ' +
      'them on. Proxy-only, Private Service Connect and NAT subnets do not support them and are left out.',
    remediation: 'Add a log_config block (aggregation_interval, flow_sampling and metadata tune the volume and cost).',
    links: [
      { title: 'google_compute_subnetwork', url: 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_subnetwork#log_config' },
      { title: 'VPC Flow Logs', url: 'https://cloud.google.com/vpc/docs/flow-logs' },
    ],
  },
  messages: {
    missing: 'This subnetwork has no log_config, so its VPC flow logs are off.',
    disabled: 'enable_flow_logs = false and no log_config: VPC flow logs are off.',
  },
  examples: {
    bad: 'resource "google_compute_subnetwork" "apps" {\n  name          = "apps"\n  network       = google_compute_network.main.id\n  ip_cidr_range = "10.0.0.0/20"\n}\n',
    good:
      'resource "google_compute_subnetwork" "apps" {\n  name          = "apps"\n  network       = google_compute_network.main.id\n  ip_cidr_range = "10.0.0.0/20"\n\n' +
      '  log_config {\n    aggregation_interval = "INTERVAL_5_SEC"\n    flow_sampling        = 0.5\n  }\n}\n',
  },
  check({ file, module, report }) {
    // An override file patches a subnetwork defined elsewhere: what it leaves out may be set there.
    if (isOverrideFile(file)) return;
    for (const subnet of resourceInstances(moduleFor(file, module), file, 'google_compute_subnetwork')) {
      const purpose = subnet.value('purpose');
      if (purpose && purpose.kind !== 'null') {
        const name = asString(purpose)?.trim().toUpperCase();
        if (name === undefined || !vmPurposes.includes(name)) continue;
      }
      if (subnet.blocks('log_config').length > 0 || subnet.hasUnknownBlocks('log_config')) continue;
      const legacy = subnet.value('enable_flow_logs');
      if (legacy && legacy.kind !== 'null' && asBool(legacy) !== false) continue;
      // Flow logs are billed by volume: a suggestion.
      const edit = insertBlock(file, subnet.block, 'log_config', [['aggregation_interval', 'INTERVAL_5_SEC'], ['flow_sampling', 0.5], ['metadata', 'INCLUDE_ALL_METADATA']], title);
      const at = legacy && legacy.kind !== 'null' ? subnet.attribute('enable_flow_logs')?.value.range : undefined;
      report({ at: at ?? headerAnchor(file, subnet.block), messageId: at ? 'disabled' : 'missing', value: legacy, suggest: edit ? [edit] : [] });
    }
  },
});
