import rule from '../../../rules/terraform/tf-282-gcp-api-key-unrestricted';
import { ruleTester } from '../../helpers/rule-tester';

const key = (body: string) => `resource "google_apikeys_key" "maps" {\n  name = "maps"\n${body}}\n`;
const target = '    api_targets {\n      service = "maps-backend.googleapis.com"\n    }\n';

ruleTester(rule, {
  good: [
    { name: 'API target', code: key(`  restrictions {\n${target}  }\n`) },
    { name: 'API targets from a dynamic block not known before apply', code: key('  restrictions {\n    dynamic "api_targets" {\n      for_each = var.apis\n      content {\n        service = api_targets.value\n      }\n    }\n  }\n') },
    { name: 'restrictions not known before apply', code: key('  dynamic "restrictions" {\n    for_each = var.restrictions\n    content {}\n  }\n') },
  ],
  bad: [
    { name: 'no restrictions', code: key(''), findings: [{ messageId: 'unrestricted', line: 1, column: 1, endColumn: 37 }] },
    { name: 'client restriction only', code: key('  restrictions {\n    server_key_restrictions {\n      allowed_ips = ["203.0.113.7"]\n    }\n  }\n'), findings: [{ messageId: 'anyApi', line: 3, column: 3, endColumn: 15 }] },
    { name: 'JSON syntax', filename: 'main.tf.json', code: '{"resource": {"google_apikeys_key": {"maps": {"name": "maps"}}}}\n', findings: [{ messageId: 'unrestricted', line: 1 }] },
  ],
});
