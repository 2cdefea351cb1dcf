import { asNumber, asString, type FrameworkRefs, type Preset, type Severity, type TfEvalValue } from '../api';
import type { RequirementId } from '../requirements';

/** The CIS Amazon EKS Benchmark item, in the form the catalog cites it. */
export const cisEks = (item: string): string => `CIS Amazon Elastic Kubernetes Service (EKS) Benchmark v1.8.0 ${item}`;

/**
 * The controls of a check that keeps data recoverable (backups, deletion protection, versions,
 * 8.3): ISO/IEC 27001:2022 A.8.13 and NIST SP 800-53 CP-9 and CP-10.
 */
export function recoverability(): FrameworkRefs {
  return { iso27001: ['A.8.13'], nist80053: ['CP-9', 'CP-10'] };
}

/** The controls of a check that a security event reaches someone (6.3): A.8.16, SI-4 and SI-4(5). */
export function securityAlerting(): FrameworkRefs {
  return { iso27001: ['A.8.16'], nist80053: ['SI-4', 'SI-4(5)', 'IR-6'] };
}

/** The controls of a check that images are scanned for vulnerabilities (5.1, 5.3). */
export function imageScanning(...nist: string[]): FrameworkRefs {
  return { iso27001: ['A.8.8'], nist80053: ['RA-5', ...nist], cis: [cisEks('5.1.1')] };
}

/**
 * The metadata every backup and recovery rule shares: a Terraform rule for 8.3, medium
 * severity and on by default unless said otherwise.
 */
export function recoveryRule(
  overrides: { severity?: Severity; preset?: Preset } = {},
): { target: 'terraform'; severity: Severity; preset: Preset; requirements: RequirementId[]; frameworks: FrameworkRefs } {
  return { target: 'terraform', severity: 'medium', preset: 'recommended', requirements: ['8.3'], frameworks: recoverability(), ...overrides };
}

/** The registry docs link for an argument of a hashicorp/aws resource. */
export const awsDoc = (resource: string, anchor?: string): { title: string; url: string } => ({
  title: `aws_${resource}`,
  url: `https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/${resource}${anchor ? `#${anchor}` : ''}`,
});

/** Whether an RDS DB instance belongs to an Aurora cluster, whose settings then decide; undefined when not known. */
export function isAuroraInstance(engine: TfEvalValue | undefined): boolean | undefined {
  if (engine === undefined) return false;
  const name = asString(engine);
  return name === undefined ? undefined : name.trim().toLowerCase().startsWith('aurora');
}

/** Whether a retention in days keeps backups (more than 0); undefined when not known. */
export function keepsBackups(value: TfEvalValue): boolean | undefined {
  const days = asNumber(value);
  return days === undefined ? undefined : days > 0;
}

/**
 * The metadata of a rule about software past its vendor's support (4.4): on by default, medium
 * severity unless said otherwise.
 */
export function supportedSoftwareRule(
  overrides: { severity?: Severity } = {},
): { target: 'terraform'; severity: Severity; preset: Preset; requirements: RequirementId[]; frameworks: FrameworkRefs } {
  return {
    target: 'terraform',
    severity: 'medium',
    preset: 'recommended',
    requirements: ['4.4'],
    frameworks: { iso27001: ['A.8.8', 'A.8.19'], nist80053: ['SI-2', 'SA-22'] },
    ...overrides,
  };
}
