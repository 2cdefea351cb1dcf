import rule from '../../../rules/terraform/tf-260-cloud-run-ingress-all';
import { ruleTester } from '../../helpers/rule-tester';

const v2 = (body: string) => `resource "google_cloud_run_v2_service" "api" {\n  name     = "api"\n  location = "europe-west1"\n${body}}\n`;
const v1 = (body: string) => `resource "google_cloud_run_service" "api" {\n  name     = "api"\n  location = "europe-west1"\n${body}}\n`;
const annotations = (value: string) => `  metadata {\n    annotations = {\n      "run.googleapis.com/ingress" = ${value}\n    }\n  }\n`;
const title = 'Set ingress = "INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER"';

ruleTester(rule, {
  good: [
    { name: 'internal and load balancer', code: v2('  ingress = "INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER"\n') },
    { name: 'internal only', code: v2('  ingress = "INGRESS_TRAFFIC_INTERNAL_ONLY"\n') },
    { name: 'not known before apply', code: v2('  ingress = var.ingress\n') },
    { name: 'v1 annotation', code: v1(annotations('"internal-and-cloud-load-balancing"')) },
    { name: 'v1 annotations not known before apply', code: v1('  metadata {\n    annotations = var.annotations\n  }\n') },
  ],
  bad: [
    { name: 'absent', code: v2(''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 45, suggestions: [{ title, output: v2('  ingress = "INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER"\n') }] }] },
    { name: 'all traffic', code: v2('  ingress = "INGRESS_TRAFFIC_ALL"\n'), findings: [{ messageId: 'all', line: 4, column: 13, endColumn: 34, suggestions: [{ title, output: v2('  ingress = "INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER"\n') }] }] },
    { name: 'v1 without metadata', code: v1(''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 42 }] },
    { name: 'v1 annotation all', code: v1(annotations('"all"')), findings: [{ messageId: 'all', line: 6, column: 38, endColumn: 43 }] },
    { name: 'v1 annotations without ingress', code: v1('  metadata {\n    annotations = {\n      "run.googleapis.com/launch-stage" = "BETA"\n    }\n  }\n'), findings: [{ messageId: 'missing', line: 5, column: 19, endLine: 7, endColumn: 6 }] },
    { name: 'JSON syntax', filename: 'main.tf.json', code: '{"resource": {"google_cloud_run_v2_service": {"api": {"name": "api", "ingress": "INGRESS_TRAFFIC_ALL"}}}}\n', findings: [{ messageId: 'all', line: 1 }] },
  ],
});
