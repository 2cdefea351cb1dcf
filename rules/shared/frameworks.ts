import type { FrameworkRefs } from '../api';

/**
 * The controls of an encryption-at-rest check (3.1): ISO/IEC 27001:2022 A.8.24, NIST SP 800-53
 * SC-28 and SC-28(1), and the CIS benchmark items that name the service, if any.
 */
export function encryptionAtRest(...cis: string[]): FrameworkRefs {
  return { iso27001: ['A.8.24'], nist80053: ['SC-28', 'SC-28(1)'], ...(cis.length > 0 ? { cis } : {}) };
}

/** The controls of a check that asks for a customer-managed or account-visible key (3.1, key management). */
export function keyManagement(...cis: string[]): FrameworkRefs {
  return { iso27001: ['A.8.24'], nist80053: ['SC-28', 'SC-12'], ...(cis.length > 0 ? { cis } : {}) };
}
