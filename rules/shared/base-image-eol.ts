/**
 * End of security support of the releases that base images are built from. Source: endoflife.date
 * product files (`debian`, `ubuntu`, `alpine-linux`, `centos`, `centos-stream`, `amazon-linux`,
 * `nodejs`, `python`, `go`, `php`, `ruby`, `dotnet`, `eclipse-temurin`), snapshot of 2026-08-22;
 * refreshed at each release. Releases without a date were supported at the snapshot; releases
 * older than the first listed ended support before its date. `extended` is the end of LTS (Debian,
 * free and served to the images) or ESM (Ubuntu Pro, a subscription the images do not carry).
 */
export const eolSnapshot = '2026-08-22';

interface Cycle {
  readonly cycle: string;
  readonly eol: string;
  readonly extended?: string;
}

interface Product {
  readonly title: string;
  /** Ascending by version. */
  readonly cycles: readonly Cycle[];
  /** Whether releases older than the first cycle are out of support (false when they never existed as images). */
  readonly olderEnded: boolean;
  /** What `extended` is called. */
  readonly extendedName?: 'LTS' | 'ESM';
  /** Releases supported at the snapshot, for the message. */
  readonly supported: string;
}

const products: Readonly<Record<string, Product>> = {
  debian: {
    title: 'Debian',
    extendedName: 'LTS',
    olderEnded: true,
    supported: '13 (trixie)',
    cycles: [
      { cycle: '9', eol: '2020-07-18', extended: '2022-06-30' },
      { cycle: '10', eol: '2022-09-10', extended: '2024-06-30' },
      { cycle: '11', eol: '2024-08-14', extended: '2026-08-31' },
      { cycle: '12', eol: '2026-07-11', extended: '2028-06-30' },
    ],
  },
  ubuntu: {
    title: 'Ubuntu',
    extendedName: 'ESM',
    olderEnded: true,
    supported: '22.04, 24.04, 26.04',
    cycles: [
      { cycle: '16.04', eol: '2021-04-02', extended: '2026-04-02' },
      { cycle: '18.04', eol: '2023-05-31', extended: '2028-04-01' },
      { cycle: '20.04', eol: '2025-05-31', extended: '2030-04-02' },
      { cycle: '21.04', eol: '2022-01-20' },
      { cycle: '21.10', eol: '2022-07-14' },
      { cycle: '22.10', eol: '2023-07-20' },
      { cycle: '23.04', eol: '2024-01-25' },
      { cycle: '23.10', eol: '2024-07-11' },
      { cycle: '24.10', eol: '2025-07-10' },
      { cycle: '25.04', eol: '2026-01-17' },
      { cycle: '25.10', eol: '2026-07-01' },
    ],
  },
  alpine: {
    title: 'Alpine Linux',
    olderEnded: true,
    supported: '3.22, 3.23, 3.24',
    cycles: [
      { cycle: '3.19', eol: '2025-11-01' },
      { cycle: '3.20', eol: '2026-04-01' },
      { cycle: '3.21', eol: '2026-11-01' },
    ],
  },
  centos: {
    title: 'CentOS',
    olderEnded: true,
    supported: 'CentOS Stream 9, 10',
    cycles: [
      { cycle: '7', eol: '2024-06-30' },
      { cycle: '8', eol: '2021-12-31' },
    ],
  },
  'centos-stream': {
    title: 'CentOS Stream',
    olderEnded: false,
    supported: '9, 10',
    cycles: [{ cycle: '8', eol: '2024-05-31' }],
  },
  amazonlinux: {
    title: 'Amazon Linux',
    olderEnded: false,
    supported: '2023',
    cycles: [
      { cycle: '2', eol: '2026-06-30' },
      { cycle: '2018.03', eol: '2023-12-31' },
    ],
  },
  node: {
    title: 'Node.js',
    olderEnded: true,
    supported: '22, 24, 26',
    cycles: [
      { cycle: '18', eol: '2025-04-30' },
      { cycle: '19', eol: '2023-06-01' },
      { cycle: '20', eol: '2026-04-30' },
      { cycle: '21', eol: '2024-06-01' },
      { cycle: '23', eol: '2025-06-01' },
      { cycle: '25', eol: '2026-06-01' },
    ],
  },
  python: {
    title: 'Python',
    olderEnded: true,
    supported: '3.11 to 3.14',
    cycles: [
      { cycle: '3.9', eol: '2025-10-31' },
      { cycle: '3.10', eol: '2026-10-31' },
    ],
  },
  golang: {
    title: 'Go',
    olderEnded: true,
    supported: '1.26, 1.27',
    cycles: [
      { cycle: '1.24', eol: '2026-02-10' },
      { cycle: '1.25', eol: '2026-08-19' },
    ],
  },
  php: {
    title: 'PHP',
    olderEnded: true,
    supported: '8.2 to 8.5',
    cycles: [
      { cycle: '8.1', eol: '2025-12-31' },
      { cycle: '8.2', eol: '2026-12-31' },
    ],
  },
  ruby: {
    title: 'Ruby',
    olderEnded: true,
    supported: '3.3, 3.4, 4.0',
    cycles: [{ cycle: '3.2', eol: '2026-03-31' }],
  },
  dotnet: {
    title: '.NET',
    olderEnded: true,
    supported: '10',
    cycles: [
      { cycle: '6', eol: '2024-11-12' },
      { cycle: '7', eol: '2024-05-14' },
      { cycle: '8', eol: '2026-11-10' },
      { cycle: '9', eol: '2026-11-10' },
    ],
  },
  'eclipse-temurin': {
    title: 'Eclipse Temurin',
    olderEnded: false,
    supported: '8, 11, 17, 21, 25',
    // Feature releases are supported until the next one, six months later.
    cycles: [
      { cycle: '18', eol: '2022-09-20' },
      { cycle: '19', eol: '2023-03-21' },
      { cycle: '20', eol: '2023-09-19' },
      { cycle: '22', eol: '2024-09-17' },
      { cycle: '23', eol: '2025-03-18' },
      { cycle: '24', eol: '2025-09-16' },
      { cycle: '26', eol: '2026-09-15' },
    ],
  },
};

const debianCodenames: Readonly<Record<string, string>> = {
  jessie: '8', stretch: '9', buster: '10', bullseye: '11', bookworm: '12', trixie: '13', forky: '14',
};
const ubuntuCodenames: Readonly<Record<string, string>> = {
  trusty: '14.04', xenial: '16.04', bionic: '18.04', focal: '20.04', hirsute: '21.04', impish: '21.10', jammy: '22.04',
  kinetic: '22.10', lunar: '23.04', mantic: '23.10', noble: '24.04', oracular: '24.10', plucky: '25.04', questing: '25.10',
};
const nodeCodenames: Readonly<Record<string, string>> = {
  argon: '4', boron: '6', carbon: '8', dubnium: '10', erbium: '12', fermium: '14', gallium: '16', hydrogen: '18', iron: '20', jod: '22', krypton: '24',
};

function compareVersions(a: string, b: string): number {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** A release of a product that an image tag names. */
export interface Release {
  readonly product: string;
  readonly version: string;
  /** Where in the tag the release is named: start and end offsets. */
  readonly start: number;
  readonly end: number;
}

/** An ended release: product title, version, when support ended, and what extended support remains. */
export interface EndedRelease {
  readonly title: string;
  readonly version: string;
  /** `2025-04-30`, or `before 2025-04-30` for a release older than the table. */
  readonly ended: string;
  /** Extended support and its end, e.g. `ESM until 2030-04-02`, `LTS ended 2026-08-31`. */
  readonly extended: string | undefined;
  /** True while free extended support (Debian LTS) still patches the release. */
  readonly patched: boolean;
  readonly supported: string;
}

/** Whether `release` is past its end of security support on `today`; undefined while supported or unknown. */
export function endedRelease(release: Release, today: Date): EndedRelease | undefined {
  const product = products[release.product];
  if (!product) return undefined;
  const passed = (date: string) => new Date(`${date}T00:00:00Z`) <= today;
  const exact = product.cycles.find((c) => compareVersions(c.cycle, release.version) === 0 && c.cycle.split('.').length === release.version.split('.').length);
  const first = product.cycles[0];
  const base = { title: product.title, version: release.version, supported: product.supported };
  if (!exact) {
    if (!product.olderEnded || release.product === 'amazonlinux' || compareVersions(release.version, first.cycle) >= 0) return undefined;
    const oldest = product.cycles.reduce((a, c) => (c.eol < a ? c.eol : a), first.eol);
    return { ...base, ended: `before ${oldest}`, extended: undefined, patched: false };
  }
  if (!passed(exact.eol)) return undefined;
  const running = exact.extended !== undefined && !passed(exact.extended);
  let extended: string | undefined;
  if (exact.extended) extended = running ? `${product.extendedName} until ${exact.extended}` : `${product.extendedName} ended ${exact.extended}`;
  return { ...base, ended: exact.eol, extended, patched: running && product.extendedName === 'LTS' };
}

/** The extended support of an ended release as messages name it: `ESM until 2030-04-02, by subscription`. */
export function extendedSupport(ended: EndedRelease): string | undefined {
  return ended.extended && (ended.extended.startsWith('ESM until') ? `${ended.extended}, by subscription` : ended.extended);
}

const officialPrefixes = ['docker.io/library/', 'index.docker.io/library/', 'registry-1.docker.io/library/', 'library/', 'public.ecr.aws/docker/library/', 'mirror.gcr.io/library/'];

/** The official-image repository name (`node`, `debian`) of an image name, or a known vendor path. */
function productOf(name: string): string | undefined {
  let repo = name.toLowerCase();
  for (const prefix of officialPrefixes) if (repo.startsWith(prefix)) repo = repo.slice(prefix.length);
  if (repo === 'quay.io/centos/centos') return 'centos-stream';
  if (repo === 'public.ecr.aws/amazonlinux/amazonlinux') return 'amazonlinux';
  if (/^mcr\.microsoft\.com\/dotnet\/(?:sdk|aspnet|runtime|runtime-deps)$/.test(repo)) return 'dotnet';
  return products[repo] || repo === 'openjdk' ? repo : undefined;
}

/**
 * The releases an image `name:tag` is built from: the product of the repository and the
 * distribution a variant tag names (`node:20-alpine3.19` is Node.js 20 on Alpine 3.19,
 * `python:3.9-slim-bullseye` Python 3.9 on Debian 11). Empty when the tag names no version.
 */
export function releasesOf(name: string, tag: string): Release[] {
  const product = productOf(name);
  if (!product || product === 'openjdk') return [];
  const lower = tag.toLowerCase();
  const tokens = lower.split(/[-_]/);
  const starts: number[] = [];
  tokens.reduce((offset, token) => {
    starts.push(offset);
    return offset + token.length + 1;
  }, 0);
  const out: Release[] = [];
  const lead = tokens[0];
  const numeric = /^\d{1,4}(?:\.\d{1,3}){0,2}$/.test(lead) ? lead : undefined;
  let version: string | undefined;
  if (product === 'debian') version = debianCodenames[lead] ?? (numeric ? numeric.split('.')[0] : undefined);
  else if (product === 'ubuntu') version = ubuntuCodenames[lead] ?? (numeric && /^\d{2}\.\d{2}/.test(numeric) ? numeric.split('.').slice(0, 2).join('.') : undefined);
  else if (product === 'centos') version = numeric ? numeric.split('.')[0] : /^centos\d$/.test(lead) ? lead.slice(6) : undefined;
  else if (product === 'centos-stream') version = /^stream\d{1,2}$/.test(lead) ? lead.slice(6) : undefined;
  else if (product === 'amazonlinux') version = numeric === '2018.03' || numeric?.startsWith('2018.03.') ? '2018.03' : numeric?.split('.')[0];
  else if (product === 'node') version = nodeCodenames[lead] ?? (numeric?.startsWith('0.') ? numeric.split('.').slice(0, 2).join('.') : numeric?.split('.')[0]);
  else if (product === 'dotnet' || product === 'eclipse-temurin') version = numeric?.split('.')[0];
  else if (numeric && numeric.includes('.')) version = numeric.split('.').slice(0, 2).join('.');
  if (version) out.push({ product, version, start: 0, end: lead.length });
  // The distribution of a variant tag.
  tokens.forEach((token, i) => {
    if (i === 0) return;
    const at = { start: starts[i], end: starts[i] + token.length };
    const alpine = /^alpine(\d\.\d{1,2})$/.exec(token);
    if (alpine && product !== 'alpine') out.push({ product: 'alpine', version: alpine[1], ...at });
    else if (debianCodenames[token] && product !== 'debian') out.push({ product: 'debian', version: debianCodenames[token], ...at });
    else if (ubuntuCodenames[token] && product !== 'ubuntu') out.push({ product: 'ubuntu', version: ubuntuCodenames[token], ...at });
  });
  return out;
}

/** True for the deprecated `openjdk` official image, which gets no more updates. */
export function isDeprecatedImage(name: string): boolean {
  return productOf(name) === 'openjdk';
}
