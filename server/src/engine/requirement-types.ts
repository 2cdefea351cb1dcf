/** A framework control as published: id, title and a public URL. */
export interface FrameworkControl {
  id: string;
  title: string;
  url: string;
}

/** A CIS benchmark item; `ref` names benchmark, version and item, e.g. "CIS Docker Benchmark v1.6.0 4.1". */
export interface CisControl extends FrameworkControl {
  ref: string;
  benchmark: string;
  version: string;
}

/** One requirement of the catalog with the controls an auditor would look at for it. */
export interface Requirement {
  id: string;
  domain: string;
  title: string;
  statement: string;
  nist80053: readonly FrameworkControl[];
  iso27001: readonly FrameworkControl[];
  cis: readonly CisControl[];
}
