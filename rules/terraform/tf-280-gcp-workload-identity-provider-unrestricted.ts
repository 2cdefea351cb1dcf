import { asString, defineRule } from '../api';
import { googleDoc } from '../shared/gcp-hardening';
import { attributeOf, moduleFor, resourceInstances } from '../shared/terraform-evaluated';
import { headerAnchor, isOverrideFile } from '../shared/terraform-values';

/**
 * OIDC issuers shared by every customer of a SaaS, and the claims that tell one customer's
 * workloads from another's: a condition that names none of them admits all tenants.
 */
const sharedIssuers: readonly { issuer: RegExp; service: string; claims: RegExp }[] = [
  { issuer: /^https:\/\/token\.actions\.githubusercontent\.com\/?$/i, service: 'GitHub Actions', claims: /\b(repository|repository_owner|repository_id|repository_owner_id|enterprise|enterprise_id)\b/ },
  { issuer: /^https:\/\/gitlab\.com\/?$/i, service: 'GitLab.com', claims: /\b(project_path|project_id|namespace_path|namespace_id)\b/ },
  { issuer: /^https:\/\/app\.terraform\.io\/?$/i, service: 'HCP Terraform', claims: /\b(terraform_organization_name|terraform_organization_id|terraform_workspace_id|terraform_project_id)\b/ },
  { issuer: /^https:\/\/oidc\.circleci\.com\/org\/?$/i, service: 'CircleCI', claims: /\b(org_id|project_id)\b/ },
];

export default defineRule({
  id: 'TF-280',
  title: 'Restrict workload identity providers for GitHub Actions and other shared issuers to your own organization',
  target: 'terraform',
  severity: 'high',
  preset: 'recommended',
  requirements: ['1.2', '1.3'],
  frameworks: { iso27001: ['A.5.15', 'A.5.16'], nist80053: ['AC-3', 'IA-9'] },
  docs: {
    rationale:
      'GitHub Actions, GitLab.com and HCP Terraform sign tokens for every customer with one issuer. A workload identity ' +
      'pool provider for such an issuer without an attribute_condition on the repository owner (or project path, or ' +
      'organization) accepts tokens from any repository of anyone, so the pool\'s service account bindings are all that ' +
      'stands between a stranger\'s workflow and the project.',
    remediation:
      'Set attribute_condition to a CEL expression on your organization, e.g. assertion.repository_owner == "acme" ' +
      '(better, on repository_owner_id), and bind service accounts to principalSet attributes of specific repositories.',
    links: [
      googleDoc('google_iam_workload_identity_pool_provider', 'attribute_condition'),
      { title: 'Workload Identity Federation with deployment pipelines', url: 'https://cloud.google.com/iam/docs/workload-identity-federation-with-deployment-pipelines' },
    ],
  },
  messages: {
    noCondition: 'No attribute_condition: tokens of every {{service}} user are accepted by this provider.',
    wideCondition: 'attribute_condition does not check the {{service}} repository owner or organization, so other tenants\' tokens pass it.',
  },
  examples: {
    bad:
      'resource "google_iam_workload_identity_pool_provider" "github" {\n  workload_identity_pool_id          = "ci"\n  workload_identity_pool_provider_id = "github"\n' +
      '  attribute_mapping = {\n    "google.subject" = "assertion.sub"\n  }\n  oidc {\n    issuer_uri = "https://token.actions.githubusercontent.com"\n  }\n}\n',
    good:
      'resource "google_iam_workload_identity_pool_provider" "github" {\n  workload_identity_pool_id          = "ci"\n  workload_identity_pool_provider_id = "github"\n' +
      '  attribute_mapping = {\n    "google.subject" = "assertion.sub"\n  }\n  attribute_condition = "assertion.repository_owner == \'acme\'"\n' +
      '  oidc {\n    issuer_uri = "https://token.actions.githubusercontent.com"\n  }\n}\n',
  },
  check({ file, module, report }) {
    if (isOverrideFile(file)) return;
    // No edit: the organization to trust is not in the configuration.
    for (const provider of resourceInstances(moduleFor(file, module), file, 'google_iam_workload_identity_pool_provider')) {
      const issuer = provider.blocks('oidc').map((oidc) => asString(oidc.value('issuer_uri'))?.trim()).find((uri) => uri !== undefined);
      const shared = issuer === undefined ? undefined : sharedIssuers.find((entry) => entry.issuer.test(issuer));
      if (!shared) continue;
      const condition = attributeOf(provider, 'attribute_condition');
      if (!condition || condition.value.kind === 'null') {
        report({ at: condition?.at ?? headerAnchor(file, provider.block), messageId: 'noCondition', data: { service: shared.service }, value: condition?.value });
        continue;
      }
      const text = asString(condition.value);
      if (text !== undefined && !shared.claims.test(text)) report({ at: condition.at, messageId: 'wideCondition', data: { service: shared.service }, value: condition.value });
    }
  },
});
