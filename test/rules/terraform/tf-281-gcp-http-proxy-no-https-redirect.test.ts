import rule from '../../../rules/terraform/tf-281-gcp-http-proxy-no-https-redirect';
import { ruleTester } from '../../helpers/rule-tester';

const serving = 'resource "google_compute_url_map" "app" {\n  name            = "app"\n  default_service = "backend"\n}\n';
const redirect = (https: string) => `resource "google_compute_url_map" "redirect" {\n  name = "redirect"\n  default_url_redirect {\n    https_redirect = ${https}\n    strip_query    = false\n  }\n}\n`;
const proxy = (map: string, type = 'google_compute_target_http_proxy') => `resource "${type}" "http" {\n  name    = "http"\n  url_map = ${map}\n}\n`;

ruleTester(rule, {
  good: [
    { name: 'redirect map', code: redirect('true') + proxy('google_compute_url_map.redirect.id') },
    { name: 'redirect map in another file', code: proxy('google_compute_url_map.redirect.self_link'), files: { 'lb.tf': redirect('true') } },
    { name: 'map outside the module', code: proxy('var.url_map') },
    { name: 'map by a literal id', code: proxy('"projects/p/global/urlMaps/redirect"') },
    { name: 'redirect not known before apply', code: redirect('var.https') + proxy('google_compute_url_map.redirect.id') },
    { name: 'HTTPS proxy is not judged', code: serving + proxy('google_compute_url_map.app.id', 'google_compute_target_https_proxy') },
  ],
  bad: [
    { name: 'serving map', code: serving + proxy('google_compute_url_map.app.id'), findings: [{ messageId: 'plainHttp', line: 7, column: 13, endColumn: 42, related: [':1:1'] }] },
    { name: 'serving map in another file', code: proxy('google_compute_url_map.app.id'), files: { 'lb.tf': serving }, findings: [{ messageId: 'plainHttp', line: 3, related: ['lb.tf:1:1'] }] },
    { name: 'redirect without https', code: redirect('false') + proxy('google_compute_url_map.redirect.id'), findings: [{ messageId: 'plainHttp', line: 10 }] },
    {
      name: 'regional proxy',
      code: 'resource "google_compute_region_url_map" "app" {\n  name            = "app"\n  default_service = "backend"\n}\n' + proxy('google_compute_region_url_map.app.id', 'google_compute_region_target_http_proxy'),
      findings: [{ messageId: 'plainHttp', line: 7 }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{"resource": {"google_compute_url_map": {"app": {"name": "app", "default_service": "b"}}, "google_compute_target_http_proxy": {"http": {"name": "http", "url_map": "${google_compute_url_map.app.id}"}}}}\n',
      findings: [{ messageId: 'plainHttp', line: 1 }],
    },
  ],
});
