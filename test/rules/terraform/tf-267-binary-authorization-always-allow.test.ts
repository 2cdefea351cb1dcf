import rule from '../../../rules/terraform/tf-267-binary-authorization-always-allow';
import { ruleTester } from '../../helpers/rule-tester';

const policy = (mode: string) => `resource "google_binary_authorization_policy" "policy" {\n  default_admission_rule {\n    evaluation_mode  = ${mode}\n    enforcement_mode = "ENFORCED_BLOCK_AND_AUDIT_LOG"\n  }\n}\n`;

ruleTester(rule, {
  good: [
    { name: 'attestations required', code: policy('"REQUIRE_ATTESTATION"') },
    { name: 'deny by default', code: policy('"ALWAYS_DENY"') },
    { name: 'not known before apply', code: policy('var.mode') },
  ],
  bad: [
    { name: 'always allow', code: policy('"ALWAYS_ALLOW"'), findings: [{ messageId: 'allowAll', line: 3, column: 24, endColumn: 38 }] },
    { name: 'from a variable default', code: policy('var.mode'), files: { 'variables.tf': 'variable "mode" {\n  default = "ALWAYS_ALLOW"\n}\n' }, findings: [{ messageId: 'allowAll', line: 3, related: ['variables.tf:2:13'] }] },
    { name: 'JSON syntax', filename: 'main.tf.json', code: '{"resource": {"google_binary_authorization_policy": {"p": {"default_admission_rule": {"evaluation_mode": "ALWAYS_ALLOW", "enforcement_mode": "ENFORCED_BLOCK_AND_AUDIT_LOG"}}}}}\n', findings: [{ messageId: 'allowAll', line: 1 }] },
  ],
});
