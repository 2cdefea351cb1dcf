import { hasUnresolvedExpression, parseImageReference, type ImageReference } from './image-reference';

/**
 * Docker Hub official images (`docker.io/library/...`) that manifests commonly name without a
 * registry. A bare single-segment name outside this list cannot be pulled as written: it is an
 * artifact name that a build tool (skaffold, Tilt, ko, `kind load`) replaces before deploying.
 */
export const officialImages: ReadonlySet<string> = new Set([
  'adminer', 'aerospike', 'almalinux', 'alpine', 'amazoncorretto', 'amazonlinux', 'api-firewall', 'arangodb',
  'archlinux', 'backdrop', 'bash', 'bonita', 'buildpack-deps', 'busybox', 'caddy', 'cassandra', 'chronograf',
  'cirros', 'clearlinux', 'clickhouse', 'clojure', 'composer', 'consul', 'couchbase', 'couchdb', 'crate',
  'dart', 'debian', 'docker', 'drupal', 'eclipse-mosquitto', 'eclipse-temurin', 'eggdrop', 'elasticsearch',
  'elixir', 'emqx', 'erlang', 'fedora', 'flink', 'fluentd', 'friendica', 'gazebo', 'gcc', 'geonetwork',
  'ghost', 'golang', 'gradle', 'groovy', 'haproxy', 'haskell', 'haxe', 'hello-world', 'hitch', 'httpd',
  'hylang', 'ibm-semeru-runtimes', 'ibmjava', 'influxdb', 'irssi', 'jetty', 'joomla', 'jruby', 'julia',
  'kapacitor', 'kibana', 'kong', 'liquibase', 'logstash', 'mageia', 'mariadb', 'matomo', 'maven',
  'mediawiki', 'memcached', 'mongo', 'mongo-express', 'monica', 'mono', 'mysql', 'nats', 'neo4j', 'neurodebian',
  'nextcloud', 'nginx', 'node', 'notary', 'odoo', 'open-liberty', 'openjdk', 'oraclelinux', 'orientdb',
  'percona', 'perl', 'photon', 'php', 'php-zendserver', 'phpmyadmin', 'plone', 'postfixadmin', 'postgres',
  'pypy', 'python', 'r-base', 'rabbitmq', 'rakudo-star', 'redis', 'redmine', 'registry', 'rethinkdb',
  'rocket.chat', 'rockylinux', 'ros', 'ruby', 'rust', 'sapmachine', 'satosa', 'silverpeas', 'solr', 'sonarqube',
  'spiped', 'storm', 'swift', 'teamspeak', 'telegraf', 'tomcat', 'tomee', 'traefik', 'ubuntu', 'unit',
  'varnish', 'wordpress', 'xwiki', 'yourls', 'znc', 'zookeeper', 'centos', 'jenkins', 'sentry', 'rocket',
  'kaazing-gateway', 'nuxeo', 'convertigo', 'express-gateway', 'lightstreamer', 'mongooseim',
  'websphere-liberty', 'vault', 'swarm', 'owncloud', 'opensearch', 'opensearch-dashboards', 'pause',
]);

/** How an image reference is pinned, as K8S-005 and K8S-006 judge it. */
export type ImagePinning =
  | { readonly kind: 'latest' }
  | { readonly kind: 'noTag'; readonly reference: ImageReference }
  | { readonly kind: 'noDigest'; readonly reference: ImageReference }
  | { readonly kind: 'digest'; readonly reference: ImageReference }
  /** A placeholder, an expression, a build tool's artifact name or not a reference: cannot be judged. */
  | { readonly kind: 'unknown' };

const latestSuffix = ':latest';

/** True for a segment written as a placeholder to fill in: `$VAR`, `<your-image>`, `CONTAINER_IMAGE`. */
function isPlaceholder(segment: string): boolean {
  return segment.includes('$') || segment.includes('<') || segment.includes('>') || (/[A-Z]/.test(segment) && segment === segment.toUpperCase());
}

/**
 * Judges an image reference. An explicit `:latest` is reported whatever the registry and path
 * hold (`$REGISTRY/app:latest`), since only the last segment decides the tag; an untagged
 * reference is judged only when every segment is written out and it can be pulled as written.
 */
export function imagePinning(raw: string): ImagePinning {
  const value = raw.trim();
  const lastSegment = value.slice(value.lastIndexOf('/') + 1);
  if (!value.includes('@') && lastSegment.endsWith(latestSuffix) && lastSegment.length > latestSuffix.length) {
    const name = lastSegment.slice(0, -latestSuffix.length);
    if (!hasUnresolvedExpression(name) && !name.includes('$') && !name.includes(':') && !/\s/.test(value)) return { kind: 'latest' };
  }
  if (hasUnresolvedExpression(value)) return { kind: 'unknown' };
  const reference = parseImageReference(value);
  if (!reference) return { kind: 'unknown' };
  if (reference.digest) return { kind: 'digest', reference };
  if (reference.tag !== undefined) return reference.tag === 'latest' ? { kind: 'latest' } : { kind: 'noDigest', reference };
  return isWrittenOut(reference) ? { kind: 'noTag', reference } : { kind: 'unknown' };
}

/** True when every segment is written out and the reference can be pulled as written (not a build tool's artifact name). */
function isWrittenOut(reference: ImageReference): boolean {
  const segments = [...(reference.registry ? [reference.registry] : []), ...reference.repository.split('/')];
  if (segments.some(isPlaceholder)) return false;
  return reference.registry !== undefined || reference.repository.includes('/') || officialImages.has(reference.repository);
}

/**
 * The reference an image names when it can be judged on where it comes from: every segment
 * written out (no `$VAR`, `<your-image>`, `PROJECT_ID`) and pullable as written. Undefined for
 * expressions, placeholders and a build tool's artifact names (`image: adservice`).
 */
export function writtenImage(raw: string): ImageReference | undefined {
  const reference = hasUnresolvedExpression(raw) ? undefined : parseImageReference(raw.trim());
  return reference && isWrittenOut(reference) ? reference : undefined;
}
