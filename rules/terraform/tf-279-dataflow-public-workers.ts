import { asString, defineRule } from '../api';
import { exposure, googleDoc } from '../shared/gcp-hardening';
import { attributeCheck } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-279',
  title: 'Run Dataflow workers without public IP addresses',
  target: 'terraform',
  severity: 'low',
  // Strict: public worker IPs are the default, and jobs that read from the internet need them or Cloud NAT.
  preset: 'strict',
  requirements: ['2.1'],
  frameworks: exposure(),
  docs: {
    rationale:
      'Dataflow workers get external IP addresses unless ip_configuration is "WORKER_IP_PRIVATE" (the default is ' +
      'WORKER_IP_PUBLIC), so worker VMs that hold pipeline data and credentials are one firewall rule away from the ' +
      'internet and can send data out without passing Cloud NAT.',
    remediation: 'Set ip_configuration = "WORKER_IP_PRIVATE" and give the subnetwork Private Google Access (and Cloud NAT if the job reaches the internet).',
    links: [googleDoc('google_dataflow_job', 'ip_configuration'), googleDoc('google_dataflow_flex_template_job', 'ip_configuration'), { title: 'Dataflow security and permissions: public IPs', url: 'https://cloud.google.com/dataflow/docs/guides/routes-firewall#turn_off_external_ip_address' }],
  },
  messages: {
    public: 'ip_configuration = "{{value}}" gives the workers external IP addresses.',
    missing: 'ip_configuration is not set, so the workers get external IP addresses.',
  },
  examples: {
    bad: 'resource "google_dataflow_job" "etl" {\n  name              = "etl"\n  template_gcs_path = "gs://dataflow-templates/latest/Word_Count"\n  temp_gcs_location = "gs://acme-tmp/dataflow"\n}\n',
    good:
      'resource "google_dataflow_job" "etl" {\n  name              = "etl"\n  template_gcs_path = "gs://dataflow-templates/latest/Word_Count"\n  temp_gcs_location = "gs://acme-tmp/dataflow"\n' +
      '  ip_configuration  = "WORKER_IP_PRIVATE"\n}\n',
  },
  check: attributeCheck({
    resources: ['google_dataflow_job', 'google_dataflow_flex_template_job'],
    path: 'ip_configuration',
    compliant: (value) => {
      const text = asString(value)?.trim().toUpperCase();
      return text === undefined ? undefined : text === 'WORKER_IP_PRIVATE';
    },
    absent: 'insecure',
    data: (value) => ({ value: asString(value) ?? '' }),
    // The job is restarted and loses internet access without Cloud NAT: a suggestion.
    remedy: { value: 'WORKER_IP_PRIVATE', title: 'Set ip_configuration = "WORKER_IP_PRIVATE"', kind: 'suggest' },
    messages: { insecure: 'public', missing: 'missing' },
  }),
});
