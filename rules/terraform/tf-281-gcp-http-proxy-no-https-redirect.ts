import { asBool, defineRule, type BlockView, type TfBlock } from '../api';
import { inTransit } from '../shared/gcp';
import { googleDoc } from '../shared/gcp-hardening';
import { attributeOf, moduleFor, resourceInstances } from '../shared/terraform-evaluated';
import { headerAnchor, isOverrideFile } from '../shared/terraform-values';

const proxies: readonly (readonly [string, string])[] = [
  ['google_compute_target_http_proxy', 'google_compute_url_map'],
  ['google_compute_region_target_http_proxy', 'google_compute_region_url_map'],
];

/** Whether every instance of a URL map redirects all requests to HTTPS; undefined when it cannot be told. */
function redirectsToHttps(maps: BlockView[]): boolean | undefined {
  let verdict: boolean | undefined = true;
  for (const map of maps) {
    if (map.hasUnknownBlocks('default_url_redirect') || map.hasUnknownBlocks('path_matcher')) return undefined;
    const redirect = map.blocks('default_url_redirect')[0];
    if (!redirect) {
      verdict = false;
      continue;
    }
    // Path matchers may serve some hosts or paths over HTTP even behind a redirecting default.
    if (map.blocks('path_matcher').length > 0) return undefined;
    const https = asBool(redirect.value('https_redirect'));
    if (https === undefined) return undefined;
    if (!https) verdict = false;
  }
  return verdict;
}

export default defineRule({
  id: 'TF-281',
  title: 'Redirect plain HTTP to HTTPS on load balancer HTTP proxies',
  target: 'terraform',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['3.2'],
  frameworks: inTransit(),
  docs: {
    rationale:
      'A target HTTP proxy serves its URL map over plain HTTP. When that map routes requests to back ends instead of ' +
      'answering with a default_url_redirect { https_redirect = true }, pages, cookies and credentials of the ' +
      'application cross the internet unencrypted beside the HTTPS front end. Proxies whose URL map is not a resource of ' +
      'the module are not judged.',
    remediation:
      'Point the HTTP proxy at a separate google_compute_url_map with default_url_redirect { https_redirect = true, ' +
      'redirect_response_code = "MOVED_PERMANENTLY_DEFAULT", strip_query = false }, or remove the HTTP front end.',
    links: [googleDoc('google_compute_url_map', 'default_url_redirect'), { title: 'Set up an HTTP-to-HTTPS redirect', url: 'https://cloud.google.com/load-balancing/docs/https/setting-up-http-https-redirect' }],
  },
  messages: {
    plainHttp: 'This HTTP proxy serves {{map}}, which does not redirect to HTTPS: the application is reachable over plain HTTP.',
  },
  examples: {
    bad:
      'resource "google_compute_url_map" "app" {\n  name            = "app"\n  default_service = google_compute_backend_service.app.id\n}\n\n' +
      'resource "google_compute_target_http_proxy" "app" {\n  name    = "app-http"\n  url_map = google_compute_url_map.app.id\n}\n',
    good:
      'resource "google_compute_url_map" "redirect" {\n  name = "redirect"\n  default_url_redirect {\n    https_redirect = true\n    strip_query    = false\n  }\n}\n\n' +
      'resource "google_compute_target_http_proxy" "app" {\n  name    = "app-http"\n  url_map = google_compute_url_map.redirect.id\n}\n',
  },
  check({ file, module, report }) {
    if (isOverrideFile(file)) return;
    const project = moduleFor(file, module);
    // No edit: the redirect map is a new resource.
    for (const [proxyType, mapType] of proxies) {
      for (const proxy of resourceInstances(project, file, proxyType)) {
        const written = proxy.block.attribute('url_map')?.value;
        if (written?.kind !== 'expression') continue;
        // JSON expressions list only var, local, data and module references: read resource ones from the text.
        const mentioned = written.references.length > 0 ? written.references : [...written.text.matchAll(/\b[a-z0-9_]+\.[\w-]+/g)].map((m) => m[0]);
        const names = [...new Set(mentioned.filter((r) => r.startsWith(`${mapType}.`)).map((r) => r.split('.')[1]))];
        if (names.length !== 1) continue;
        const map: TfBlock | undefined = project.resources(mapType).find((block) => block.labels[1]?.value === names[0]);
        if (!map || redirectsToHttps(project.instances(map)) !== false) continue;
        const where = project.fileOf(map);
        const urlMap = attributeOf(proxy, 'url_map');
        report({
          at: urlMap?.at ?? headerAnchor(file, proxy.block),
          messageId: 'plainHttp',
          data: { map: `${mapType}.${names[0]}` },
          related: where ? [{ message: 'The URL map this proxy serves', range: headerAnchor(where, map), ...(where !== file ? { path: where.path } : {}) }] : undefined,
        });
      }
    }
  },
});
