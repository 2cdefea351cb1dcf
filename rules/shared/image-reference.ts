/** A container image reference split as the Docker distribution grammar does. */
export interface ImageReference {
  /** The reference as given. */
  readonly raw: string;
  /** Registry host (with port) when the reference names one: `ghcr.io`, `localhost:5000`. */
  readonly registry: string | undefined;
  /** Registry host, `docker.io` when none is written; lower case. */
  readonly domain: string;
  /** Repository path without the registry: `library/nginx` is written `nginx`, kept as written. */
  readonly repository: string;
  readonly tag: string | undefined;
  /** `sha256:…` after `@`. */
  readonly digest: string | undefined;
}

const digestPattern = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[0-9a-fA-F]{32,}$/;
const tagPattern = /^[\w][\w.-]{0,127}$/;
// Lenient about case and `<…>` so that documented placeholders (`PROJECT_ID`, `<project>`) still
// parse: the tag and digest, which the rules judge, do not depend on the path.
const pathPattern = /^[\w<>-]+(?:[.][\w<>-]+)*(?:\/[\w<>-]+(?:[.][\w<>-]+)*)*$/;

/** True when the value holds an expression another tool substitutes: `$(VAR)`, `${VAR}`, `{{ … }}`. */
export function hasUnresolvedExpression(value: string): boolean {
  return value.includes('$(') || value.includes('${') || value.includes('{{');
}

/**
 * Parses `[host[:port]/]path[:tag][@digest]`. The first path segment is a registry host when it
 * has a `.` or a `:`, or is `localhost`, so `localhost:5000/app` has no tag. Returns undefined
 * for anything that is not a reference (expressions, `$VAR`, spaces, malformed tags or digests).
 */
export function parseImageReference(raw: string): ImageReference | undefined {
  const value = raw.trim();
  if (value === '' || /[\s$]/.test(value) || hasUnresolvedExpression(value)) return undefined;

  let rest = value;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!digestPattern.test(digest)) return undefined;
  }

  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!tagPattern.test(tag)) return undefined;
  }

  let registry: string | undefined;
  const slash = rest.indexOf('/');
  if (slash > 0) {
    const first = rest.slice(0, slash);
    if (first.includes('.') || first.includes(':') || first === 'localhost') {
      registry = first;
      rest = rest.slice(slash + 1);
    }
  }
  if (!pathPattern.test(rest)) return undefined;

  return { raw, registry, domain: (registry ?? 'docker.io').toLowerCase(), repository: rest, tag, digest };
}
