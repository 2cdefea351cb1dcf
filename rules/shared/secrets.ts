import type { Severity } from '../api';
import { withoutTrailingSlashes } from './paths';

/** A credential found in a string, by its published format. */
export interface SecretMatch {
  /** Short description, e.g. `AWS access key id`. */
  readonly kind: string;
  readonly severity: Severity;
  /** Offsets of the match in the scanned text. */
  readonly start: number;
  readonly end: number;
}

interface TokenPattern {
  kind: string;
  severity: Severity;
  /** Cheap substring test that must pass before the regex runs. */
  prefilter: string[];
  /** Global, bounded, anchored on a literal or a bounded class: no catastrophic backtracking. */
  regex: RegExp;
  /** Rejects documented example values and look-alikes. */
  reject?: (match: string) => boolean;
  /** Text that the line must also hold for a match to count. */
  lineMustHold?: string;
}

const isExample = (match: string) => /EXAMPLE/i.test(match);

const tokenPatterns: TokenPattern[] = [
  {
    kind: 'AWS access key id',
    severity: 'critical',
    prefilter: ['AKIA', 'ASIA', 'ABIA', 'ACCA', 'A3T'],
    regex: /\b(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z2-7]{16}\b/g,
    reject: isExample,
  },
  {
    kind: 'private key',
    severity: 'critical',
    prefilter: ['-----BEGIN '],
    regex: /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----/g,
  },
  {
    kind: 'base64-encoded private key',
    severity: 'critical',
    prefilter: ['LS0tLS1CRUdJTi'],
    regex: /LS0tLS1CRUdJTi[A-Za-z0-9+/]{20,80}/g,
    reject: (match) => !decodesToPrivateKey(match),
  },
  { kind: 'Google API key', severity: 'critical', prefilter: ['AIza'], regex: /\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/g },
  {
    kind: 'Azure storage account key',
    severity: 'critical',
    prefilter: ['AccountKey='],
    regex: /AccountKey=[A-Za-z0-9+/]{86}==/g,
  },
  {
    kind: 'Azure client secret',
    severity: 'critical',
    prefilter: ['Q~'],
    regex: /(?<![A-Za-z0-9_~.])[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34}(?![A-Za-z0-9_~.-])/g,
  },
  {
    kind: 'Azure SAS token',
    severity: 'critical',
    prefilter: ['sig='],
    regex: /[?&]sig=[A-Za-z0-9%+/=]{20,200}/g,
    lineMustHold: 'sv=',
  },
  { kind: 'GitHub token', severity: 'critical', prefilter: ['gh'], regex: /\bgh[pousr]_[A-Za-z0-9]{36}\b/g },
  { kind: 'GitHub token', severity: 'critical', prefilter: ['github_pat_'], regex: /\bgithub_pat_\w{82}\b/g },
  { kind: 'GitLab token', severity: 'critical', prefilter: ['glpat-'], regex: /\bglpat-[\w-]{20}(?![\w-])/g },
  { kind: 'Slack token', severity: 'critical', prefilter: ['xox'], regex: /\bxox[bpe]-[0-9]{10,13}-[0-9A-Za-z-]{10,120}/g },
  { kind: 'Stripe live key', severity: 'critical', prefilter: ['_live_'], regex: /\b(?:sk|rk)_live_[A-Za-z0-9]{10,99}\b/g },
  { kind: 'npm token', severity: 'critical', prefilter: ['npm_'], regex: /\bnpm_[A-Za-z0-9]{36}\b/g },
  { kind: 'Vault token', severity: 'critical', prefilter: ['hvs.'], regex: /\bhvs\.[\w-]{90,120}(?![\w-])/g },
  {
    kind: 'Terraform Cloud token',
    severity: 'critical',
    prefilter: ['.atlasv1.'],
    regex: /\b[a-z0-9]{14}\.atlasv1\.[\w=-]{60,70}(?![\w=-])/g,
  },
  {
    kind: 'Docker registry auth',
    severity: 'critical',
    prefilter: ['"auth"'],
    regex: /"auth"\s{0,3}:\s{0,3}"[A-Za-z0-9+/=]{8,1000}"/g,
  },
  // JWTs are often test fixtures: medium.
  {
    kind: 'JSON web token',
    severity: 'medium',
    prefilter: ['eyJ'],
    // Not after a word character or "-": with `\b`, every "-eyJ" of one long run was a new start
    // scanning up to 2,000 characters, quadratic on a crafted line.
    regex: /(?<![\w-])eyJ[\w-]{10,2000}\.eyJ[\w-]{10,4000}\.[\w-]{10,2000}/g,
  },
];

function decodesToPrivateKey(base64: string): boolean {
  try {
    return atob(base64.slice(0, base64.length - (base64.length % 4))).includes('PRIVATE KEY');
  } catch {
    return false;
  }
}

/**
 * The matches of `later` that overlap none of `kept`, merged with `kept`. Both lists are sorted
 * and free of overlaps, so one pass does it: a line of a million tokens costs no more than its length.
 */
function mergeDisjoint(kept: SecretMatch[], later: SecretMatch[]): SecretMatch[] {
  if (kept.length === 0) return later;
  const merged: SecretMatch[] = [];
  let k = 0;
  for (const match of later) {
    while (k < kept.length && kept[k].end <= match.start) merged.push(kept[k++]);
    if (k < kept.length && kept[k].start < match.end) continue;
    merged.push(match);
  }
  while (k < kept.length) merged.push(kept[k++]);
  return merged;
}

/**
 * Finds credentials of known formats in `text`, line by line, whatever the length of a line: the
 * patterns are linear, and a secret in a minified blob is still a secret. Where two formats match
 * overlapping text, the one listed first wins.
 */
/** A credential kind with its indefinite article, for a message: `an AWS access key id`, `a GitHub token`. */
export function withArticle(kind: string): string {
  return /^[AEIOU]/.test(kind) ? `an ${kind}` : `a ${kind}`;
}

export function findSecretTokens(text: string): SecretMatch[] {
  const found: SecretMatch[] = [];
  const lineBreak = /\r\n?|\n/g;
  let lineStart = 0;
  while (lineStart <= text.length) {
    lineBreak.lastIndex = lineStart;
    const lineEndMatch = lineBreak.exec(text);
    const lineEnd = lineEndMatch ? lineEndMatch.index : text.length;
    const line = text.slice(lineStart, lineEnd);
    let onLine: SecretMatch[] = [];
    for (const pattern of tokenPatterns) {
      if (!pattern.prefilter.some((p) => line.includes(p))) continue;
      if (pattern.lineMustHold && !line.includes(pattern.lineMustHold)) continue;
      const matches: SecretMatch[] = [];
      for (const match of line.matchAll(pattern.regex)) {
        if (pattern.reject?.(match[0])) continue;
        const start = lineStart + match.index!;
        matches.push({ kind: pattern.kind, severity: pattern.severity, start, end: start + match[0].length });
      }
      if (matches.length > 0) onLine = mergeDisjoint(onLine, matches);
    }
    for (const match of onLine) found.push(match);
    lineStart = lineEndMatch ? lineEnd + lineEndMatch[0].length : text.length + 1;
  }
  return found;
}

/** Cloud credentials whose environment variable names are well known. */
export const cloudCredentialNames: ReadonlySet<string> = new Set([
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AZURE_CLIENT_SECRET',
  'ARM_CLIENT_SECRET',
  'ARM_ACCESS_KEY',
  'GOOGLE_CREDENTIALS',
  'GOOGLE_OAUTH_ACCESS_TOKEN',
]);

const secretWords = new Set([
  'pass', 'passwd', 'password', 'passphrase', 'pwd', 'secret', 'secrets', 'token', 'apikey', 'credential',
  'credentials', 'privatekey', 'accesskey', 'secretkey', 'clientsecret', 'authtoken',
]);
const keyQualifiers = new Set(['api', 'private', 'access', 'secret', 'auth', 'encryption', 'signing', 'master', 'license']);
/** Compound words such as `rootpass`, `dbpassword`, `apitoken`. */
const secretSuffix = /(?:pass|passwd|password|pwd|secret|token|apikey)$/;
const notSecretWords = new Set(['bypass', 'compass', 'encompass', 'trespass', 'surpass', 'overpass', 'underpass', 'keepass']);

/** Last words that make a secret-looking name describe something else (`PASSWORD_FILE`, `TOKEN_TTL`). */
const benignLastWords = new Set([
  'file', 'files', 'path', 'dir', 'directory', 'ref', 'version', 'length', 'len', 'name', 'arn', 'id', 'ids', 'ttl', 'url',
  'uri', 'endpoint', 'host', 'port', 'user', 'username', 'type', 'mode', 'enabled', 'enable', 'disabled', 'required',
  'header', 'prefix', 'suffix', 'location', 'expiry', 'expires', 'expiration', 'timeout', 'format', 'policy', 'provider',
  'store', 'manager', 'field', 'helper', 'count', 'min', 'max', 'size', 'hash', 'sha', 'sha256', 'checksum', 'algorithm',
  'rotation', 'lifetime', 'duration', 'validity', 'regex', 'pattern', 'env', 'key_name', 'mount', 'volume', 'issuer',
  'audience', 'scope', 'scopes', 'method', 'source', 'backend', 'server', 'service', 'generator', 'command', 'cmd', 'script',
]);

/** Splits `MYSQL_ROOT_PASSWORD`, `dbPassword`, `api-key` into lower-case words. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

/**
 * True for names that hold a secret (`DB_PASSWORD`, `GITHUB_TOKEN`, `apiKey`, `SECRET_KEY_BASE`)
 * and false for names that only mention one (`PASSWORD_LENGTH`, `SECRET_NAME`, `TOKEN_URL`,
 * `GIT_CREDENTIAL_HELPER`, `*_FILE`, `*_PATH`).
 */
export function isSecretName(name: string): boolean {
  if (cloudCredentialNames.has(name.toUpperCase())) return true;
  const words = nameWords(name);
  if (words.length === 0) return false;
  if (benignLastWords.has(words[words.length - 1])) return false;
  return words.some(
    (w, i) =>
      secretWords.has(w) ||
      (secretSuffix.test(w) && !notSecretWords.has(w)) ||
      (w === 'key' && i > 0 && keyQualifiers.has(words[i - 1])),
  );
}

/** True when the value is, or contains, a reference resolved elsewhere: `$X`, `${X}`, `$(cmd)`, `{{ x }}`, `%VAR%`. */
export function isReference(value: string): boolean {
  return /\$[{(A-Za-z_]|\{\{|%[A-Za-z_][A-Za-z0-9_]{0,100}%|\bvar\.|\blocal\.|\bdata\./.test(value);
}

const placeholderWords = /^(?:changeme|change[_-]?me|changeit|replace[_-]?me|todo|tbd|example|dummy|sample|placeholder|secret|password|passw0rd|token|none|null|nil|undefined|empty|default|test|testing|your[_-].{0,40}|my[_-]?(?:password|secret|token))$/i;

/**
 * True for values that are not real secrets: empty, `changeme`, `<your-token>`, `xxxx`, `***`,
 * `REPLACE_ME`, the key name itself, one repeated character; with `minLength`, anything shorter.
 */
export function isPlaceholder(value: string, keyName?: string, minLength = 0): boolean {
  const v = value.trim();
  if (v.length === 0 || v.length < minLength) return true;
  if (placeholderWords.test(v)) return true;
  if (/^<[^<>]{0,200}>$/.test(v) || /^\[[^[\]]{0,200}\]$/.test(v)) return true;
  if (/^(?:x{3,}|\*{3,}|\.{3,}|-{3,}|_{3,}|#{3,})/i.test(v)) return true;
  if (/^(.)\1*$/.test(v)) return true;
  if (/example|dummy|placeholder|changeme|replace[_-]?me|redacted/i.test(v)) return true;
  if (keyName && v.toLowerCase() === keyName.toLowerCase()) return true;
  return false;
}

/**
 * True for values whose shape is not a secret: booleans, numbers, paths (`/run/secrets/db`), ARNs,
 * Key Vault secret URIs, Secret Manager names, plain URLs without credentials.
 */
export function isNonSecretShape(value: string): boolean {
  const v = value.trim();
  if (/^(?:true|false|yes|no|on|off|enabled?|disabled?)$/i.test(v)) return true;
  if (/^[+-]?\d+(?:\.\d+)?$/.test(v)) return true;
  if (/^(?:\/|\.\.?\/|~\/|[A-Za-z]:[\\/])/.test(v)) return true;
  if (/^arn:aws[a-z-]{0,20}:/.test(v)) return true;
  if (/^https:\/\/[a-z0-9-]{1,63}\.vault\.azure\.(?:net|cn|us)\/secrets\//i.test(v)) return true;
  if (/^projects\/[^/]{1,100}\/secrets\//.test(v)) return true;
  if (/^[a-z][a-z0-9+.-]{1,20}:\/\/[^\s:@/]{1,200}(?:[/?#]|$)/i.test(v) && !v.includes('@')) return true;
  return false;
}

/** Shannon entropy in bits per character. */
export function entropy(value: string): number {
  if (!value) return 0;
  const counts = new Map<string, number>();
  for (const c of value) counts.set(c, (counts.get(c) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / value.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/** Credentials in a URL (`https://user:pass@host`): offsets of the password part. */
export function findUrlCredentials(text: string): { start: number; end: number; user: string }[] {
  if (!text.includes('://') || !text.includes('@')) return [];
  const out: { start: number; end: number; user: string }[] = [];
  const pattern = /[a-z][a-z0-9+.-]{1,20}:\/\/([^\s/:@'"]{1,64}):([^\s/@'"]{1,128})@/gi;
  for (const match of text.matchAll(pattern)) {
    const password = match[2];
    if (isReference(password) || isPlaceholder(password) || password.startsWith('$')) continue;
    const start = match.index! + match[0].length - 1 - password.length;
    out.push({ start, end: start + password.length, user: match[1] });
  }
  return out;
}

/**
 * What a copied file is when its name says it holds credentials (`.aws/credentials`, `id_rsa`,
 * `*.pem`, `.npmrc`, `.env`, ...); undefined otherwise. Public halves and templates are skipped.
 */
export function credentialFileKind(path: string): string | undefined {
  const normalized = withoutTrailingSlashes(path.replace(/\\/g, '/'));
  const base = normalized.slice(normalized.lastIndexOf('/') + 1).toLowerCase();
  if (!base || base.includes('*') || base.includes('$')) return undefined;
  if (/(?:^|\/)\.aws\/credentials$/i.test(normalized)) return 'AWS credentials file';
  if (/(?:^|\/)\.docker\/config\.json$/i.test(normalized)) return 'Docker registry credentials';
  if (/\.(?:pub|example|sample|template|tmpl|dist)$/.test(base)) return undefined;
  if (/^id_(?:rsa|dsa|ecdsa|ed25519)(?:[._-].{0,40})?$/.test(base)) return 'SSH private key';
  if (/\.(?:p12|pfx|jks|keystore)$/.test(base)) return 'key store';
  if (/\.key$/.test(base) && !/(?:^|[._-])(?:pub|public|gpg|pgp|asc|signing|release|archive|repo|apt)(?:[._-]|$)/.test(base)) {
    return 'private key file';
  }
  // PEM files are as often certificates (public) as keys: names that say so are skipped.
  if (/\.pem$/.test(base) && !/(?:^|[._-])(?:cert|certs|certificate|crt|ca|cacert|chain|fullchain|bundle|public|pub|root|trust|intermediate)(?:[._-]|$)/.test(base)) {
    return 'private key file';
  }
  const named: Record<string, string> = {
    '.npmrc': 'npm registry credentials',
    '.pypirc': 'PyPI credentials',
    '.netrc': 'netrc credentials',
    '_netrc': 'netrc credentials',
    '.git-credentials': 'Git credentials',
  };
  if (named[base]) return named[base];
  if (base === 'kubeconfig' || /(?:^|\/)\.kube\/config$/.test(normalized)) return 'kubeconfig';
  if (/credentials?[^/]{0,60}\.json$/.test(base) || /^(?:service[_-]?account|sa)[^/]{0,40}key[^/]{0,20}\.json$/.test(base)) {
    return 'credentials file';
  }
  if (base === '.env' || /^\.env\.(?!example|sample|template|dist|defaults?$)[a-z0-9_-]{1,30}$/.test(base)) return 'environment file';
  return undefined;
}
