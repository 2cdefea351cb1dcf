import rule from '../../../rules/terraform/tf-280-gcp-workload-identity-provider-unrestricted';
import { ruleTester } from '../../helpers/rule-tester';

const provider = (body: string, issuer = '"https://token.actions.githubusercontent.com"') =>
  `resource "google_iam_workload_identity_pool_provider" "ci" {\n  workload_identity_pool_id          = "ci"\n  workload_identity_pool_provider_id = "ci"\n${body}  oidc {\n    issuer_uri = ${issuer}\n  }\n}\n`;

ruleTester(rule, {
  good: [
    { name: 'owner condition', code: provider('  attribute_condition = "assertion.repository_owner == \'acme\'"\n') },
    { name: 'owner id condition', code: provider('  attribute_condition = "assertion.repository_owner_id == \'1234\' && assertion.ref == \'refs/heads/main\'"\n') },
    { name: 'GitLab project path', code: provider('  attribute_condition = "assertion.namespace_path == \'acme\'"\n', '"https://gitlab.com"') },
    { name: 'own identity provider', code: provider('', '"https://login.acme.example"') },
    { name: 'condition not known before apply', code: provider('  attribute_condition = var.condition\n') },
    { name: 'issuer not known before apply', code: provider('', 'var.issuer') },
  ],
  bad: [
    { name: 'GitHub without a condition', code: provider(''), findings: [{ messageId: 'noCondition', line: 1, column: 1, endColumn: 59 }] },
    { name: 'condition on the branch only', code: provider('  attribute_condition = "assertion.ref == \'refs/heads/main\'"\n'), findings: [{ messageId: 'wideCondition', line: 4, column: 25, endColumn: 61 }] },
    { name: 'HCP Terraform without a condition', code: provider('', '"https://app.terraform.io"'), findings: [{ messageId: 'noCondition', line: 1 }] },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{"resource": {"google_iam_workload_identity_pool_provider": {"ci": {"workload_identity_pool_id": "ci", "oidc": {"issuer_uri": "https://token.actions.githubusercontent.com"}}}}}\n',
      findings: [{ messageId: 'noCondition', line: 1 }],
    },
  ],
});
