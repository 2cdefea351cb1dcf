import type { RuleOption, Severity } from '../api';
import { parseImageReference } from './image-reference';

/**
 * The default list of approved registries: the private registries of the three clouds (Amazon
 * ECR, Azure Container Registry, Google Artifact Registry and its `gcr.io` repositories). It only
 * proves "a cloud registry": teams should list their own accounts, registries and projects.
 */
export const defaultApprovedRegistries =
  '*.dkr.ecr.*.amazonaws.com, *.dkr.ecr-fips.*.amazonaws.com, *.dkr.ecr.*.amazonaws.com.cn, *.dkr-ecr.*.on.aws, ' +
  '*.azurecr.io, *.azurecr.cn, *.azurecr.us, *-docker.pkg.dev, gcr.io, us.gcr.io, eu.gcr.io, asia.gcr.io';

/** The `registries` parameter of the rules about approved registries. */
export const registriesOption: RuleOption = {
  type: 'string',
  default: defaultApprovedRegistries,
  description:
    'Approved registries, comma-separated: host patterns (`*` stands for part of a name: `*.azurecr.io`) or ' +
    'host/path prefixes (`ghcr.io/acme/`). Images without a host are `docker.io/library/...`.',
};

/**
 * The patterns of a configured `registries` list and the severity of its findings: the default
 * list only proves "a cloud registry", so its findings are medium; a list of one's own registries
 * makes them high.
 */
export function registryPolicy(configured: string): { patterns: string[]; severity: Severity } {
  return { patterns: registryPatterns(configured), severity: configured === defaultApprovedRegistries ? 'medium' : 'high' };
}

/**
 * Whether `text` matches `glob`, where `*` stands for any run of characters other than `.` and
 * `/` (one DNS label, or part of one). Written as a scan rather than a regular expression: the
 * patterns come from the configuration.
 */
function globMatch(glob: string, text: string): boolean {
  const memo = new Map<number, boolean>();
  const match = (g: number, t: number): boolean => {
    const key = g * (text.length + 1) + t;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let result: boolean;
    if (g === glob.length) result = t === text.length;
    else if (glob[g] === '*') {
      result = false;
      for (let end = t; ; end++) {
        if (match(g + 1, end)) {
          result = true;
          break;
        }
        if (end >= text.length || text[end] === '.' || text[end] === '/') break;
      }
    } else result = t < text.length && glob[g] === text[t] && match(g + 1, t + 1);
    memo.set(key, result);
    return result;
  };
  return match(0, 0);
}

/** The entries of a comma- or space-separated list, lower case. */
export function registryPatterns(list: string): string[] {
  return list.split(/[\s,]+/).map((p) => p.trim().toLowerCase()).filter((p) => p !== '');
}

/**
 * Whether an image reference comes from an approved registry. An entry without `/` names a host
 * (`*.azurecr.io`, `registry.example.com:5000`); an entry with one is a prefix of host and path
 * (`ghcr.io/acme/`, `docker.io/library/`). Undefined when the reference cannot be parsed.
 */
export function isApprovedImage(reference: string, patterns: readonly string[]): boolean | undefined {
  const image = parseImageReference(reference);
  if (!image) return undefined;
  const host = image.domain === 'index.docker.io' || image.domain === 'registry-1.docker.io' ? 'docker.io' : image.domain;
  const repository = image.repository.toLowerCase();
  const path = `${host}/${host === 'docker.io' && !repository.includes('/') ? `library/${repository}` : repository}`;
  return patterns.some((pattern) => {
    if (!pattern.includes('/')) return globMatch(pattern, host);
    const prefix = pattern.endsWith('/') ? pattern : `${pattern}/`;
    const segments = prefix.split('/').length - 1;
    const head = path.split('/').slice(0, segments).join('/') + '/';
    return globMatch(prefix, head) || globMatch(pattern, path);
  });
}

/** The registry host an image reference names, `docker.io` when none is written. */
export function registryOf(reference: string): string | undefined {
  return parseImageReference(reference)?.domain;
}
