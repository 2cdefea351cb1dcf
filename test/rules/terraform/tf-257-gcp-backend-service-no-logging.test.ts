import rule from '../../../rules/terraform/tf-257-gcp-backend-service-no-logging';
import { ruleTester } from '../../helpers/rule-tester';

const service = (body: string, type = 'google_compute_backend_service') => `resource "${type}" "web" {\n  name = "web"\n${body}}\n`;
const log = (enable: string) => `  log_config {\n    enable = ${enable}\n  }\n`;

ruleTester(rule, {
  good: [
    { name: 'enabled', code: service(log('true')) },
    { name: 'regional, enabled', code: service(log('true'), 'google_compute_region_backend_service') },
    { name: 'not known before apply', code: service(log('var.log')) },
  ],
  bad: [
    { name: 'absent', code: service(''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 48, suggestions: [{ title: 'Set enable = true', output: service(log('true')) }] }] },
    { name: 'disabled on a regional service', code: service(log('false'), 'google_compute_region_backend_service'), findings: [{ messageId: 'disabled', line: 4, column: 14, endColumn: 19, suggestions: [{ output: service(log('true'), 'google_compute_region_backend_service') }] }] },
    { name: 'JSON syntax', filename: 'main.tf.json', code: '{"resource": {"google_compute_backend_service": {"web": {"name": "web"}}}}\n', findings: [{ messageId: 'missing', line: 1 }] },
  ],
});
