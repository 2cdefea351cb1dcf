/**
 * End of standard support of Amazon EKS Kubernetes versions. Source: endoflife.date
 * `amazon-eks` (AWS "Understand the Kubernetes version lifecycle on EKS"), snapshot of
 * 2026-08-22; versions without a date were still supported then. Older versions than the first
 * listed ended standard support before it. Refreshed at each release.
 */
export const eksStandardSupportEnd: Readonly<Record<string, string>> = {
  '1.23': '2023-10-11',
  '1.24': '2024-01-31',
  '1.25': '2024-05-01',
  '1.26': '2024-06-11',
  '1.27': '2024-07-24',
  '1.28': '2024-11-26',
  '1.29': '2025-03-23',
  '1.30': '2025-07-23',
  '1.31': '2025-11-26',
  '1.32': '2026-03-23',
  '1.33': '2026-07-29',
  '1.34': '2026-12-02',
};

/** The `major.minor` of a Kubernetes version as EKS takes it (`1.29`, `"1.29"`); undefined when it is not one. */
export function minorVersion(text: string): { major: number; minor: number } | undefined {
  const match = /^v?(\d+)\.(\d+)(?:\.\d+)?$/.exec(text.trim());
  return match ? { major: Number(match[1]), minor: Number(match[2]) } : undefined;
}

/**
 * When standard support of an EKS version ended, if it has by `today`: the date from the
 * table, or `before 2023-10-11` for versions older than the table. Undefined while supported
 * or when the version is newer than the table knows.
 */
export function eksSupportEnded(text: string, today: Date): string | undefined {
  const version = minorVersion(text);
  if (!version || version.major !== 1) return undefined;
  const end = eksStandardSupportEnd[`1.${version.minor}`];
  if (end === undefined) return version.minor < 23 ? `before ${eksStandardSupportEnd['1.23']}` : undefined;
  return new Date(`${end}T00:00:00Z`) <= today ? end : undefined;
}
