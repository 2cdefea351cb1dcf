/**
 * Lambda runtimes past their deprecation date, when Lambda stops applying security patches.
 * Source: AWS Lambda Developer Guide "Lambda runtimes" (deprecated and supported runtime tables),
 * snapshot of 2026-08-22. Refreshed at each release.
 */
export const lambdaRuntimeDeprecation: Readonly<Record<string, string>> = {
  'nodejs': '2016-10-31',
  'nodejs4.3': '2020-03-05',
  'nodejs4.3-edge': '2020-04-30',
  'nodejs6.10': '2019-08-12',
  'nodejs8.10': '2020-03-06',
  'nodejs10.x': '2021-07-30',
  'nodejs12.x': '2023-03-31',
  'nodejs14.x': '2023-12-04',
  'nodejs16.x': '2024-06-12',
  'nodejs18.x': '2025-09-01',
  'python2.7': '2021-07-15',
  'python3.6': '2022-07-18',
  'python3.7': '2023-12-04',
  'python3.8': '2024-10-14',
  'python3.9': '2025-12-15',
  'java8': '2024-01-08',
  'go1.x': '2024-01-08',
  'provided': '2024-01-08',
  'ruby2.5': '2022-03-31',
  'ruby2.7': '2023-12-07',
  'ruby3.2': '2026-03-31',
  'dotnetcore1.0': '2019-07-30',
  'dotnetcore2.0': '2019-05-30',
  'dotnetcore2.1': '2022-01-05',
  'dotnetcore3.1': '2023-04-03',
  'dotnet5.0': '2022-05-10',
  'dotnet6': '2024-12-20',
  'dotnet7': '2024-05-14',
};

/** When a runtime was deprecated, if it has been by `today`; undefined while supported or not known. */
export function runtimeDeprecated(runtime: string, today: Date): string | undefined {
  const date = lambdaRuntimeDeprecation[runtime.trim().toLowerCase()];
  return date !== undefined && new Date(`${date}T00:00:00Z`) <= today ? date : undefined;
}
