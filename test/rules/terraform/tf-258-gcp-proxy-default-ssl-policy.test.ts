import rule from '../../../rules/terraform/tf-258-gcp-proxy-default-ssl-policy';
import { ruleTester } from '../../helpers/rule-tester';

const proxy = (body: string, type = 'google_compute_target_https_proxy') => `resource "${type}" "web" {\n  name    = "web"\n  url_map = google_compute_url_map.web.id\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: 'policy attached', code: proxy('  ssl_policy = google_compute_ssl_policy.modern.id\n') },
    { name: 'policy from a variable', code: proxy('  ssl_policy = var.ssl_policy\n') },
    { name: 'SSL proxy with a policy', code: proxy('  ssl_policy = "projects/p/global/sslPolicies/modern"\n', 'google_compute_target_ssl_proxy') },
  ],
  bad: [
    { name: 'HTTPS proxy without a policy', code: proxy(''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 51 }] },
    { name: 'regional HTTPS proxy', code: proxy('', 'google_compute_region_target_https_proxy'), findings: [{ messageId: 'missing', line: 1 }] },
    { name: 'SSL proxy', code: proxy('', 'google_compute_target_ssl_proxy'), findings: [{ messageId: 'missing', line: 1 }] },
    { name: 'JSON syntax', filename: 'main.tf.json', code: '{"resource": {"google_compute_target_https_proxy": {"web": {"name": "web"}}}}\n', findings: [{ messageId: 'missing', line: 1 }] },
  ],
});
