import type { RequirementId } from '../requirements';
import {
  policyOfAttribute,
  type Preset,
  type Severity,
  policyOfDataSource,
  type BlockView,
  type FrameworkRefs,
  type PolicyDocument,
  type PolicyStatement,
  type TerraformFile,
  type TerraformModule,
  type TfBlock,
} from '../api';
import { resourceInstances } from './terraform-evaluated';

/** The controls of a least-privilege check (1.3): ISO/IEC 27001:2022 A.5.15 and A.8.2, NIST SP 800-53 AC-6 and AC-3. */
export function leastPrivilege(...cis: string[]): FrameworkRefs {
  return { iso27001: ['A.8.2', 'A.5.15'], nist80053: ['AC-6', 'AC-3'], ...(cis.length > 0 ? { cis } : {}) };
}

/** The metadata of an AWS IAM rule: target, severity, preset, requirements (1.3 unless told) and controls. */
export function iamRule(
  severity: Severity,
  preset: Preset = 'recommended',
  frameworks: FrameworkRefs = leastPrivilege(),
  requirements: RequirementId[] = ['1.3'],
): { target: 'terraform'; severity: Severity; preset: Preset; requirements: RequirementId[]; frameworks: FrameworkRefs } {
  return { target: 'terraform', severity, preset, requirements, frameworks };
}

/** Resources whose `policy` argument is an identity policy. */
const identityPolicyResources = ['aws_iam_policy', 'aws_iam_role_policy', 'aws_iam_user_policy', 'aws_iam_group_policy'];

/** Whether every resource that uses a policy document data source is outside a set of resource types. */
function usedOnlyOutside(module: TerraformModule, document: TfBlock, accepts: (type: string) => boolean): boolean {
  const users = module.referencing(document);
  return users.length > 0 && users.every((user) => !accepts(user.labels[0]?.value ?? ''));
}

/**
 * The policy documents of a file that are written in place and read by `arguments` (resource
 * type → argument names), plus the `aws_iam_policy_document` data sources used by one of those
 * types or by nothing in the module. A resource that uses a data source's `.json` sees an
 * unknown value, so each document is read where it is written, once.
 */
function documents(
  module: TerraformModule,
  file: TerraformFile,
  written: readonly (readonly [string, string])[],
  acceptsDataSource: (type: string) => boolean,
): PolicyDocument[] {
  const found: PolicyDocument[] = [];
  const add = (document: PolicyDocument | undefined) => {
    if (document) found.push(document);
  };
  for (const [type, argument] of written) {
    for (const view of resourceInstances(module, file, type)) add(policyOfAttribute(view, argument));
  }
  for (const document of file.dataSources('aws_iam_policy_document')) {
    if (usedOnlyOutside(module, document, acceptsDataSource)) continue;
    module.instances(document).forEach((view: BlockView) => add(policyOfDataSource(view)));
  }
  return found;
}

/**
 * The identity policies of a file: the `policy` of IAM policies and inline user, group and role
 * policies, `aws_iam_role.inline_policy`, and policy document data sources that are not used
 * only by resource policies (key policies, bucket policies, service control policies).
 */
export function identityPolicyStatements(module: TerraformModule, file: TerraformFile): PolicyStatement[] {
  const inline: PolicyDocument[] = [];
  for (const role of resourceInstances(module, file, 'aws_iam_role')) {
    for (const block of role.blocks('inline_policy')) {
      const document = policyOfAttribute(block, 'policy');
      if (document) inline.push(document);
    }
  }
  const written = identityPolicyResources.map((type) => [type, 'policy'] as const);
  return [...documents(module, file, written, (type) => type.startsWith('aws_iam_')), ...inline].flatMap((d) => d.statements);
}

/** Resource and trust policies that name who may use a resource, by the argument that holds them. */
const resourcePolicyArguments = [
  ['aws_iam_role', 'assume_role_policy'],
  ['aws_kms_key', 'policy'],
  ['aws_kms_key_policy', 'policy'],
  ['aws_ecr_repository_policy', 'policy'],
  ['aws_secretsmanager_secret_policy', 'policy'],
  ['aws_secretsmanager_secret', 'policy'],
] as const;
const resourcePolicyTypes = new Set<string>(resourcePolicyArguments.map(([type]) => type));

/** The statements of the trust policies of roles and of key, repository and secret policies, in place or from a document used by them. */
export function resourcePolicyStatements(module: TerraformModule, file: TerraformFile): PolicyStatement[] {
  return documents(module, file, resourcePolicyArguments, (type) => resourcePolicyTypes.has(type))
    .flatMap((d) => d.statements)
    .filter((statement) => statement.principal !== undefined);
}

/** Whether a statement applies to every resource: `Resource "*"` or any `NotResource`. */
export const onEveryResource = (statement: PolicyStatement): boolean =>
  statement.notResource !== undefined || statement.resource?.values.some((r) => r.text.trim() === '*') === true;

/**
 * The controls of an account password policy check (1.4): ISO/IEC 27001:2022 A.5.17, NIST SP
 * 800-53 IA-2 and AC-2. (CIS AWS Foundations 1.8 and 1.9 are named in the rationale: the
 * requirement's mapping does not list them.)
 */
export function passwordPolicy(): FrameworkRefs {
  return { iso27001: ['A.5.17', 'A.8.5'], nist80053: ['IA-2', 'AC-2'] };
}

/** The provider page of the account password policy, for the links of its rules. */
export const passwordPolicyLink = {
  title: 'aws_iam_account_password_policy',
  url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_account_password_policy',
};
