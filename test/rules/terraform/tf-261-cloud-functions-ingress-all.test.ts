import rule from '../../../rules/terraform/tf-261-cloud-functions-ingress-all';
import { ruleTester } from '../../helpers/rule-tester';

const v1 = (body: string) => `resource "google_cloudfunctions_function" "fn" {\n  name    = "fn"\n  runtime = "python312"\n${body}}\n`;
const v2 = (service: string) => `resource "google_cloudfunctions2_function" "fn" {\n  name     = "fn"\n  location = "europe-west1"\n  service_config {\n${service}  }\n}\n`;
const title = 'Set ingress_settings = "ALLOW_INTERNAL_AND_GCLB"';

ruleTester(rule, {
  good: [
    { name: 'v1 internal only', code: v1('  trigger_http     = true\n  ingress_settings = "ALLOW_INTERNAL_ONLY"\n') },
    { name: 'v1 event-triggered', code: v1('  event_trigger {\n    event_type = "google.pubsub.topic.publish"\n    resource   = "t"\n  }\n') },
    { name: 'v2 internal and load balancer', code: v2('    ingress_settings = "ALLOW_INTERNAL_AND_GCLB"\n') },
    { name: 'not known before apply', code: v2('    ingress_settings = var.ingress\n') },
  ],
  bad: [
    { name: 'v1 HTTP function without ingress settings', code: v1('  trigger_http = true\n'), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 47, suggestions: [{ title, output: v1('  trigger_http = true\n  ingress_settings = "ALLOW_INTERNAL_AND_GCLB"\n') }] }] },
    { name: 'v1 ALLOW_ALL', code: v1('  ingress_settings = "ALLOW_ALL"\n'), findings: [{ messageId: 'all', line: 4, column: 22, endColumn: 33 }] },
    { name: 'v2 without ingress settings', code: v2('    max_instance_count = 3\n'), findings: [{ messageId: 'missing', line: 4, column: 3, endColumn: 17 }] },
    { name: 'v2 without service_config', code: 'resource "google_cloudfunctions2_function" "fn" {\n  name = "fn"\n}\n', findings: [{ messageId: 'missing', line: 1 }] },
    { name: 'JSON syntax', filename: 'main.tf.json', code: '{"resource": {"google_cloudfunctions_function": {"fn": {"name": "fn", "ingress_settings": "ALLOW_ALL"}}}}\n', findings: [{ messageId: 'all', line: 1 }] },
  ],
});
