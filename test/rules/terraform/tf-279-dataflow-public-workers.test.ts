import rule from '../../../rules/terraform/tf-279-dataflow-public-workers';
import { ruleTester } from '../../helpers/rule-tester';

const job = (body: string, type = 'google_dataflow_job') => `resource "${type}" "etl" {\n  name = "etl"\n${body}}\n`;
const title = 'Set ip_configuration = "WORKER_IP_PRIVATE"';

ruleTester(rule, {
  good: [
    { name: 'private workers', code: job('  ip_configuration = "WORKER_IP_PRIVATE"\n') },
    { name: 'not known before apply', code: job('  ip_configuration = var.ip\n') },
  ],
  bad: [
    { name: 'absent', code: job(''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 37, suggestions: [{ title, output: job('  ip_configuration = "WORKER_IP_PRIVATE"\n') }] }] },
    { name: 'public on a flex template job', code: job('  ip_configuration = "WORKER_IP_PUBLIC"\n', 'google_dataflow_flex_template_job'), findings: [{ messageId: 'public', line: 3, column: 22, endColumn: 40 }] },
    { name: 'JSON syntax', filename: 'main.tf.json', code: '{"resource": {"google_dataflow_job": {"etl": {"name": "etl"}}}}\n', findings: [{ messageId: 'missing', line: 1 }] },
  ],
});
