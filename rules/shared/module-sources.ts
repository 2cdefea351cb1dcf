import type { FrameworkRefs, TerraformFile, TfBlock, TfValue } from '../api';

type TfString = Extract<TfValue, { kind: 'string' }>;

/** What a module `source` names, as Terraform's module installer reads it. */
export type ModuleSourceKind = 'local' | 'registry' | 'git' | 'other';

/** Hosts whose `host/owner/repo` shorthand Terraform clones with Git. */
const gitShorthandHosts = /^(?:github\.com|bitbucket\.org)\//i;

/** The kind of a module source: `./x`, `hashicorp/consul/aws`, `git::https://…`, `github.com/org/repo`, `s3::…`. */
export function sourceKind(source: string): ModuleSourceKind {
  const text = source.trim();
  if (/^\.{1,2}(?:\/|$)/.test(text) || text.startsWith('/')) return 'local';
  if (/^git::/i.test(text) || /^git@[^:]+:/.test(text) || gitShorthandHosts.test(text)) return 'git';
  if (text.includes('::') || /^[a-z][a-z0-9+.-]*:\/\//i.test(text)) return 'other';
  // `namespace/name/provider`, or with a registry host first (`app.terraform.io/org/name/provider`), then `//subdir`.
  const [address] = text.split('//');
  const parts = address.split('/');
  if (parts.length === 3 && !parts[0].includes('.') && parts.every((p) => /^[A-Za-z0-9][\w-]*$/.test(p))) return 'registry';
  if (parts.length === 4 && parts[0].includes('.') && parts.slice(1).every((p) => /^[A-Za-z0-9][\w-]*$/.test(p))) return 'registry';
  return 'other';
}

/** The `ref` query argument of a Git source; undefined when there is none. */
export function gitRef(source: string): string | undefined {
  const query = source.split('?')[1];
  if (query === undefined) return undefined;
  for (const pair of query.split('&')) {
    const [key, value = ''] = pair.split('=');
    if (key === 'ref') return decodeURIComponent(value);
  }
  return undefined;
}

/** `module` blocks with a literal `source` (Terraform accepts no other), with that source. */
export function moduleSources(file: TerraformFile): { block: TfBlock; source: TfString }[] {
  const out: { block: TfBlock; source: TfString }[] = [];
  for (const block of file.blocks) {
    const source = block.type === 'module' ? block.attribute('source')?.value : undefined;
    if (source?.kind === 'string') out.push({ block, source });
  }
  return out;
}

/** The controls of a check that pins what a configuration installs (4.4): a known baseline, no silent changes. */
export function pinnedDependencies(): FrameworkRefs {
  return { iso27001: ['A.8.9', 'A.8.19'], nist80053: ['CM-2', 'SA-22'] };
}
