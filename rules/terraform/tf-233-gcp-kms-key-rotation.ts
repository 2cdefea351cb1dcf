import { asString, defineRule } from '../api';
import { keyManagement } from '../shared/frameworks';
import { cisGcp, googleDoc } from '../shared/gcp-hardening';
import { attributeCheck } from '../shared/terraform-attribute-check';

const day = 86400;
/** A duration as the API writes it, `7776000s` (seconds, possibly fractional); undefined otherwise. */
const seconds = (text: string): number | undefined => {
  const match = /^(\d+(?:\.\d+)?)s$/.exec(text.trim());
  return match ? Number(match[1]) : undefined;
};

export default defineRule({
  id: 'TF-233',
  title: 'Rotate Cloud KMS encryption keys at least every 90 days',
  target: 'terraform',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['3.1'],
  frameworks: keyManagement(cisGcp('1.10')),
  docs: {
    rationale:
      'A symmetric Cloud KMS key without rotation_period is never rotated: one key version protects everything ' +
      'encrypted with it for as long as it exists, so a compromised version exposes all of it. rotation_period has no ' +
      'default. Asymmetric keys (purpose other than ENCRYPT_DECRYPT) cannot rotate automatically and are left out.',
    remediation: 'Set rotation_period to at most the team maximum (90 days, "7776000s", unless configured).',
    links: [googleDoc('google_kms_crypto_key', 'rotation_period'), { title: 'Key rotation', url: 'https://cloud.google.com/kms/docs/key-rotation' }],
  },
  messages: {
    long: 'rotation_period = "{{period}}" is longer than {{maximum}} days.',
    missing: 'This key has no rotation_period, so it is never rotated.',
  },
  examples: {
    bad: 'resource "google_kms_crypto_key" "data" {\n  name     = "data"\n  key_ring = google_kms_key_ring.main.id\n}\n',
    good: 'resource "google_kms_crypto_key" "data" {\n  name            = "data"\n  key_ring        = google_kms_key_ring.main.id\n  rotation_period = "7776000s"\n}\n',
  },
  options: {
    maximumDays: { type: 'number', default: 90, integer: true, minimum: 1, description: 'Most days a key version may stay primary.' },
  },
  check: attributeCheck({
    resources: ['google_kms_crypto_key'],
    path: 'rotation_period',
    compliant: (value, { options }) => {
      const period = seconds(asString(value) ?? '');
      return period === undefined ? undefined : period <= (options.maximumDays as number) * day;
    },
    absent: ({ resource }) => {
      const purpose = resource.value('purpose');
      if (!purpose || purpose.kind === 'null') return 'insecure';
      const name = asString(purpose)?.trim().toUpperCase();
      return name === undefined ? 'unknown' : name === 'ENCRYPT_DECRYPT' ? 'insecure' : 'compliant';
    },
    messages: { insecure: 'long', missing: 'missing' },
    data: (value, { options }) => ({ period: asString(value) ?? '', maximum: options.maximumDays as number }),
    // Safe unattended: rotation keeps old versions for decryption.
    remedy: { value: ({ options }) => `${(options.maximumDays as number) * day}s`, title: 'Rotate the key at the maximum period', kind: 'fix' },
  }),
});
