import rule from '../../../rules/terraform/tf-228-gke-monitoring-disabled';
import { ruleTester } from '../../helpers/rule-tester';

const cluster = (body: string) => `resource "google_container_cluster" "main" {\n  name = "main"\n${body}}\n`;
const fixed = cluster('  monitoring_service = "monitoring.googleapis.com/kubernetes"\n');

ruleTester(rule, {
  good: [
    { name: 'default', code: cluster('') },
    { name: 'Cloud Monitoring', code: fixed },
    { name: 'not known before apply', code: cluster('  monitoring_service = var.monitoring\n') },
    { name: 'JSON syntax, default', filename: 'main.tf.json', code: '{"resource": {"google_container_cluster": {"main": {"name": "main"}}}}\n' },
  ],
  bad: [
    { name: 'none', code: cluster('  monitoring_service = "none"\n'), findings: [{ messageId: 'none', line: 3, column: 24, endColumn: 30, output: fixed }] },
    {
      name: 'none from a variable default',
      code: cluster('  monitoring_service = var.monitoring\n'),
      files: { 'variables.tf': 'variable "monitoring" {\n  default = "none"\n}\n' },
      findings: [{ messageId: 'none', line: 3, column: 24, endColumn: 38, related: ['variables.tf:2:13'] }],
    },
    {
      name: 'JSON syntax, none',
      filename: 'main.tf.json',
      code: '{"resource": {"google_container_cluster": {"main": {"monitoring_service": "none"}}}}\n',
      findings: [{ messageId: 'none', line: 1, column: 75, endColumn: 81, output: '{"resource": {"google_container_cluster": {"main": {"monitoring_service": "monitoring.googleapis.com/kubernetes"}}}}\n' }],
    },
  ],
});
