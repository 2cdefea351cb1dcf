import { defineRule } from '../api';
import { googleDoc, integrity } from '../shared/gcp-hardening';
import { isNoneOf } from '../shared/gcp-services';
import { attributeCheck } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-267',
  title: 'Do not admit every image by default in Binary Authorization policies',
  target: 'terraform',
  severity: 'high',
  preset: 'recommended',
  requirements: ['4.5'],
  frameworks: integrity(),
  docs: {
    rationale:
      'A Binary Authorization policy whose default_admission_rule has evaluation_mode = "ALWAYS_ALLOW" admits any image ' +
      'on every cluster without a cluster-specific rule, so enabling Binary Authorization on a cluster (TF-226) checks ' +
      'nothing: an image pushed by an attacker or pulled from an unknown registry runs.',
    remediation:
      'Set default_admission_rule { evaluation_mode = "REQUIRE_ATTESTATION" (with require_attestations_by) or "ALWAYS_DENY" }, ' +
      'and allow trusted registries with admission_whitelist_patterns.',
    links: [googleDoc('google_binary_authorization_policy', 'default_admission_rule'), { title: 'Binary Authorization policy reference', url: 'https://cloud.google.com/binary-authorization/docs/policy-yaml-reference' }],
  },
  messages: {
    allowAll: 'evaluation_mode = "ALWAYS_ALLOW" admits every image by default.',
  },
  examples: {
    bad: 'resource "google_binary_authorization_policy" "policy" {\n  default_admission_rule {\n    evaluation_mode  = "ALWAYS_ALLOW"\n    enforcement_mode = "ENFORCED_BLOCK_AND_AUDIT_LOG"\n  }\n}\n',
    good:
      'resource "google_binary_authorization_policy" "policy" {\n  default_admission_rule {\n    evaluation_mode         = "REQUIRE_ATTESTATION"\n' +
      '    enforcement_mode        = "ENFORCED_BLOCK_AND_AUDIT_LOG"\n    require_attestations_by = [google_binary_authorization_attestor.build.name]\n  }\n}\n',
  },
  check: attributeCheck({
    resources: ['google_binary_authorization_policy'],
    path: 'default_admission_rule.evaluation_mode',
    compliant: isNoneOf('ALWAYS_ALLOW'),
    // The block and mode are required by the provider.
    absent: 'compliant',
    messages: { insecure: 'allowAll', missing: 'allowAll' },
  }),
});
