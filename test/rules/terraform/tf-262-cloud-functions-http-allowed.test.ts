import rule from '../../../rules/terraform/tf-262-cloud-functions-http-allowed';
import { ruleTester } from '../../helpers/rule-tester';

const fn = (body: string) => `resource "google_cloudfunctions_function" "fn" {\n  name    = "fn"\n  runtime = "python312"\n${body}}\n`;
const title = 'Set https_trigger_security_level = "SECURE_ALWAYS"';

ruleTester(rule, {
  good: [
    { name: 'secure always', code: fn('  trigger_http                 = true\n  https_trigger_security_level = "SECURE_ALWAYS"\n') },
    { name: 'event-triggered', code: fn('  event_trigger {\n    event_type = "google.pubsub.topic.publish"\n    resource   = "t"\n  }\n') },
    { name: 'not known before apply', code: fn('  https_trigger_security_level = var.level\n') },
  ],
  bad: [
    { name: 'not set', code: fn('  trigger_http = true\n'), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 47, suggestions: [{ title, output: fn('  trigger_http = true\n  https_trigger_security_level = "SECURE_ALWAYS"\n') }] }] },
    { name: 'secure optional', code: fn('  https_trigger_security_level = "SECURE_OPTIONAL"\n'), findings: [{ messageId: 'optional', line: 4, column: 34, endColumn: 51, suggestions: [{ title, output: fn('  https_trigger_security_level = "SECURE_ALWAYS"\n') }] }] },
    { name: 'JSON syntax', filename: 'main.tf.json', code: '{"resource": {"google_cloudfunctions_function": {"fn": {"name": "fn", "trigger_http": true}}}}\n', findings: [{ messageId: 'missing', line: 1 }] },
  ],
});
