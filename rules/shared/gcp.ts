import type { FrameworkRefs } from '../api';

/** The controls of a TLS-in-transit check (3.2): ISO/IEC 27001:2022 A.8.24 and A.5.14, NIST SP 800-53 SC-8, SC-8(1), SC-13. */
export function inTransit(...cis: string[]): FrameworkRefs {
  return { iso27001: ['A.8.24', 'A.5.14'], nist80053: ['SC-8', 'SC-8(1)', 'SC-13'], ...(cis.length > 0 ? { cis } : {}) };
}

/** The controls of a least-privilege check (1.3): ISO/IEC 27001:2022 A.5.15, A.8.2, NIST SP 800-53 AC-6 and AC-3. */
export function leastPrivilege(...cis: string[]): FrameworkRefs {
  return { iso27001: ['A.5.15', 'A.8.2'], nist80053: ['AC-6', 'AC-3'], ...(cis.length > 0 ? { cis } : {}) };
}
