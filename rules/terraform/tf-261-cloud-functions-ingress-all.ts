import { asString, defineRule, type RuleContext, type TfEvalValue } from '../api';
import { exposure, googleDoc } from '../shared/gcp-hardening';
import { isHttpFunction, isNoneOf } from '../shared/gcp-services';
import { attributeCheck } from '../shared/terraform-attribute-check';

type Message = 'all' | 'missing';
const spec = {
  compliant: isNoneOf('ALLOW_ALL'),
  data: (value: TfEvalValue) => ({ value: asString(value) ?? '' }),
  // Internet callers of the function URL lose access: a suggestion.
  remedy: { value: 'ALLOW_INTERNAL_AND_GCLB', title: 'Set ingress_settings = "ALLOW_INTERNAL_AND_GCLB"', kind: 'suggest' as const },
  messages: { insecure: 'all' as const, missing: 'missing' as const },
};
const checks = [
  attributeCheck<Message>({ ...spec, resources: ['google_cloudfunctions_function'], path: 'ingress_settings', absent: (scope) => (isHttpFunction(scope) ? 'insecure' : 'compliant') }),
  attributeCheck<Message>({ ...spec, resources: ['google_cloudfunctions2_function'], path: 'service_config.ingress_settings', absent: 'insecure' }),
];

export default defineRule({
  id: 'TF-261',
  title: 'Do not accept internet traffic on Cloud Functions directly',
  target: 'terraform',
  severity: 'low',
  // Strict: ALLOW_ALL is the default, and functions called by webhooks need it.
  preset: 'strict',
  requirements: ['2.1'],
  frameworks: exposure(),
  docs: {
    rationale:
      'With ingress_settings "ALLOW_ALL" (the default for Cloud Functions v1 and, under service_config, for v2) any ' +
      'internet client can reach the function URL, around the load balancer and Cloud Armor policy in front of it; ' +
      'only IAM, if the function requires authentication, stands in the way.',
    remediation: 'Set ingress_settings = "ALLOW_INTERNAL_ONLY" or "ALLOW_INTERNAL_AND_GCLB" (v2: in service_config).',
    links: [googleDoc('google_cloudfunctions_function', 'ingress_settings'), googleDoc('google_cloudfunctions2_function', 'ingress_settings'), { title: 'Configure network settings', url: 'https://cloud.google.com/functions/docs/networking/network-settings' }],
  },
  messages: {
    all: 'ingress_settings = "{{value}}" lets any internet client call the function.',
    missing: 'ingress_settings is not set, so any internet client can call the function (ALLOW_ALL).',
  },
  examples: {
    bad: 'resource "google_cloudfunctions2_function" "hook" {\n  name     = "hook"\n  location = "europe-west1"\n  service_config {\n    max_instance_count = 3\n  }\n}\n',
    good:
      'resource "google_cloudfunctions2_function" "hook" {\n  name     = "hook"\n  location = "europe-west1"\n  service_config {\n    max_instance_count = 3\n' +
      '    ingress_settings   = "ALLOW_INTERNAL_ONLY"\n  }\n}\n',
  },
  check(context: RuleContext<'terraform', Message>) {
    for (const check of checks) check(context);
  },
});
