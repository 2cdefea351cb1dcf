import type { FrameworkRefs, WorkloadContainer, WorkloadValue } from '../api';

/**
 * A capability as the container runtime reads it: any case, with or without the `CAP_` prefix.
 * Undefined for a value that is not a literal name (a Helm or shell placeholder).
 */
export function capabilityName(value: WorkloadValue): string | undefined {
  const text = value.string()?.trim();
  if (!text || !/^[A-Za-z_]+$/.test(text)) return undefined;
  const upper = text.toUpperCase();
  return upper.startsWith('CAP_') ? upper.slice(4) : upper;
}

/** The capabilities a container adds, as written, with their normalized names. */
export function addedCapabilities(container: WorkloadContainer): { value: WorkloadValue; name: string }[] {
  const add = container.own('capabilities')?.value.get('add');
  const out: { value: WorkloadValue; name: string }[] = [];
  for (const item of add?.items() ?? []) {
    const name = capabilityName(item);
    if (name) out.push({ value: item, name });
  }
  return out;
}

/** True for a container that sets `privileged: true`: every capability and escalation is implied. */
export function isPrivileged(container: WorkloadContainer): boolean {
  return container.own('privileged')?.value.bool() === true;
}

/** The controls of a rule on container capabilities (4.3). */
export const capabilityFrameworks: FrameworkRefs = {
  iso27001: ['A.8.2'],
  nist80053: ['AC-6', 'CM-7'],
  cis: ['CIS Kubernetes Benchmark v1.12.0 5.2.8', 'CIS Kubernetes Benchmark v1.12.0 5.2.9', 'CIS Docker Benchmark v1.6.0 5.4'],
};

/** The controls of a rule on seccomp profiles (4.3). */
export const seccompFrameworks: FrameworkRefs = {
  iso27001: ['A.8.9'],
  nist80053: ['CM-7', 'SC-39'],
  cis: ['CIS Kubernetes Benchmark v1.12.0 5.6.2', 'CIS Docker Benchmark v1.6.0 5.22'],
};
