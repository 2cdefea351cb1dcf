import { asString, defineRule } from '../api';
import { cisAws } from '../shared/aws-logging';
import { keyManagement } from '../shared/frameworks';
import { attributeCheck, mustBeTrue, type CheckScope } from '../shared/terraform-attribute-check';

/** Whether the key can rotate: a symmetric encryption key (the default spec); undefined when not known. */
function rotatable({ resource }: CheckScope): boolean | undefined {
  const spec = resource.value('customer_master_key_spec');
  if (spec === undefined || spec.kind === 'null') return true;
  const name = asString(spec);
  return name === undefined ? undefined : name === 'SYMMETRIC_DEFAULT';
}

const rotationOn = mustBeTrue('enable_key_rotation');

export default defineRule({
  id: 'TF-038',
  title: 'Rotate customer-managed KMS keys',
  target: 'terraform',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['3.1'],
  frameworks: keyManagement(cisAws('3.6')),
  docs: {
    rationale:
      'aws_kms_key leaves automatic rotation off unless enable_key_rotation is true, so the same key material protects ' +
      'every new piece of data for the life of the key, and a leaked or weakened key exposes all of it. With rotation ' +
      'on, KMS creates new material every year (or every rotation_period_in_days) and keeps the old material for ' +
      'decryption, so callers notice nothing. Only symmetric encryption keys in the default key store can rotate: ' +
      'asymmetric, HMAC and custom key store keys are not reported.',
    remediation: 'Set enable_key_rotation = true (optionally rotation_period_in_days between 90 and 2560).',
    links: [
      { title: 'aws_kms_key', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/kms_key#enable_key_rotation' },
      { title: 'Rotate AWS KMS keys', url: 'https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html' },
    ],
  },
  messages: {
    disabled: 'enable_key_rotation = false: this key keeps the same key material for its whole life.',
    missing: 'This KMS key does not enable automatic key rotation, which is off by default.',
  },
  examples: {
    bad: 'resource "aws_kms_key" "data" {\n  description = "data"\n}\n',
    good: 'resource "aws_kms_key" "data" {\n  description         = "data"\n  enable_key_rotation = true\n}\n',
  },
  check: attributeCheck({
    resources: ['aws_kms_key'],
    path: rotationOn.path,
    compliant: (value, scope) => (rotatable(scope) === true ? rotationOn.compliant(value, scope) : true),
    absent: (scope) => (rotatable(scope) === true ? 'insecure' : 'compliant'),
    // Rotation is in place and invisible to callers: safe to apply unattended.
    remedy: { value: true, title: 'Set enable_key_rotation = true', kind: 'fix' },
    undecidableWhenSet: ['custom_key_store_id', 'xks_key_id'],
    messages: { insecure: 'disabled', missing: 'missing' },
  }),
});
