import { asString, defineRule, type RuleContext, type TfEvalValue } from '../api';
import { inTransit } from '../shared/gcp';
import { googleDoc } from '../shared/gcp-hardening';
import { attributeCheck } from '../shared/terraform-attribute-check';

type Message = 'disabled' | 'missing';
/** Whether a mode encrypts: anything but DISABLED (or unspecified, which means disabled). */
const encrypts = (value: TfEvalValue) => {
  const text = asString(value)?.trim().toUpperCase();
  return text === undefined ? undefined : !text.endsWith('DISABLED') && !text.endsWith('UNSPECIFIED');
};
const checks = [
  attributeCheck<Message>({
    resources: ['google_redis_instance'],
    path: 'transit_encryption_mode',
    compliant: encrypts,
    absent: 'insecure',
    // Clients must connect with TLS and the instance's CA, and the instance is recreated: a suggestion.
    remedy: { value: 'SERVER_AUTHENTICATION', title: 'Set transit_encryption_mode = "SERVER_AUTHENTICATION"', kind: 'suggest', replacesResource: true },
    data: (value) => ({ value: asString(value) ?? '' }),
    messages: { insecure: 'disabled', missing: 'missing' },
  }),
  attributeCheck<Message>({
    resources: ['google_redis_cluster'],
    path: 'transit_encryption_mode',
    compliant: encrypts,
    absent: 'insecure',
    remedy: { value: 'TRANSIT_ENCRYPTION_MODE_SERVER_AUTHENTICATION', title: 'Set transit_encryption_mode = "TRANSIT_ENCRYPTION_MODE_SERVER_AUTHENTICATION"', kind: 'suggest', replacesResource: true },
    data: (value) => ({ value: asString(value) ?? '' }),
    messages: { insecure: 'disabled', missing: 'missing' },
  }),
];

export default defineRule({
  id: 'TF-276',
  title: 'Encrypt connections to Memorystore for Redis',
  target: 'terraform',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['3.2'],
  frameworks: inTransit(),
  docs: {
    rationale:
      'Memorystore for Redis instances and clusters accept plain-text connections unless transit_encryption_mode turns ' +
      'TLS on (the provider default is DISABLED for google_redis_instance and TRANSIT_ENCRYPTION_MODE_DISABLED for ' +
      'google_redis_cluster), so cached sessions, tokens and the AUTH string cross the VPC readable by anything on the path.',
    remediation:
      'Set transit_encryption_mode = "SERVER_AUTHENTICATION" (clusters: "TRANSIT_ENCRYPTION_MODE_SERVER_AUTHENTICATION") ' +
      'and connect clients with TLS and the server CA; the instance is recreated.',
    links: [googleDoc('google_redis_instance', 'transit_encryption_mode'), googleDoc('google_redis_cluster', 'transit_encryption_mode'), { title: 'About in-transit encryption', url: 'https://cloud.google.com/memorystore/docs/redis/about-in-transit-encryption' }],
  },
  messages: {
    disabled: 'transit_encryption_mode = "{{value}}": connections to Redis are not encrypted.',
    missing: 'In-transit encryption is not enabled, so connections to Redis are plain text.',
  },
  examples: {
    bad: 'resource "google_redis_instance" "cache" {\n  name           = "cache"\n  memory_size_gb = 1\n}\n',
    good: 'resource "google_redis_instance" "cache" {\n  name                    = "cache"\n  memory_size_gb          = 1\n  transit_encryption_mode = "SERVER_AUTHENTICATION"\n}\n',
  },
  check(context: RuleContext<'terraform', Message>) {
    for (const check of checks) check(context);
  },
});
