import { defineRule, type RuleContext } from '../api';
import { exposure, googleDoc } from '../shared/gcp-hardening';
import { attributeCheck, mustBeTrue } from '../shared/terraform-attribute-check';

type Message = 'public' | 'missing';
const messages = { insecure: 'public', missing: 'missing' } as const;
const checks = [
  attributeCheck<Message>({
    resources: ['google_workbench_instance'],
    ...mustBeTrue('gce_setup.disable_public_ip', { replacesResource: true }),
    absent: 'insecure',
    messages,
  }),
  attributeCheck<Message>({
    resources: ['google_notebooks_instance'],
    ...mustBeTrue('no_public_ip', { replacesResource: true }),
    absent: 'insecure',
    messages,
  }),
];

export default defineRule({
  id: 'TF-278',
  title: 'Do not give Vertex AI Workbench instances public IP addresses',
  target: 'terraform',
  severity: 'low',
  // Strict: the default, and the JupyterLab UI is reached through Google's proxy, not the address.
  preset: 'strict',
  requirements: ['2.1'],
  frameworks: exposure(),
  docs: {
    rationale:
      'A Workbench instance gets an external IP address unless gce_setup.disable_public_ip is true (no_public_ip on the ' +
      'older google_notebooks_instance; both default to false), so a notebook VM that holds credentials and data is one ' +
      'firewall rule away from the internet and can send data anywhere without passing Cloud NAT or VPC Service Controls.',
    remediation: 'Set gce_setup { disable_public_ip = true } (or no_public_ip = true) and give the subnet Private Google Access or Cloud NAT; the instance is recreated.',
    links: [googleDoc('google_workbench_instance', 'disable_public_ip'), { title: 'Vertex AI Workbench network options', url: 'https://cloud.google.com/vertex-ai/docs/workbench/instances/create' }],
  },
  messages: {
    public: 'The instance is given a public IP address.',
    missing: 'Public IP is not disabled, so the instance gets an external IP address.',
  },
  examples: {
    bad: 'resource "google_workbench_instance" "nb" {\n  name     = "nb"\n  location = "europe-west1-b"\n}\n',
    good: 'resource "google_workbench_instance" "nb" {\n  name     = "nb"\n  location = "europe-west1-b"\n  gce_setup {\n    disable_public_ip = true\n  }\n}\n',
  },
  check(context: RuleContext<'terraform', Message>) {
    for (const check of checks) check(context);
  },
});
