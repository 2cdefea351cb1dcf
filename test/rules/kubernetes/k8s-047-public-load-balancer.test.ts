import rule from '../../../rules/kubernetes/k8s-047-public-load-balancer';
import { ruleTester } from '../../helpers/rule-tester';

const service = (metadata: string, spec: string) =>
  `apiVersion: v1\nkind: Service\nmetadata:\n  name: api\n${metadata}spec:\n${spec}  selector: {app: api}\n  ports:\n  - port: 443\n`;

const tfService = (annotations: string, spec: string, type = 'kubernetes_service_v1') =>
  `resource "${type}" "api" {\n  metadata {\n    name = "api"\n${annotations}  }\n  spec {\n${spec}    port {\n      port = 443\n    }\n  }\n}\n`;

ruleTester(rule, {
  good: [
    { name: 'ClusterIP', code: service('', '  type: ClusterIP\n') },
    { name: 'source ranges', code: service('', '  type: LoadBalancer\n  loadBalancerSourceRanges:\n  - 203.0.113.0/24\n') },
    { name: 'GKE internal', code: service('  annotations:\n    networking.gke.io/load-balancer-type: "Internal"\n', '  type: LoadBalancer\n') },
    { name: 'Azure internal', code: service('  annotations:\n    service.beta.kubernetes.io/azure-load-balancer-internal: "true"\n', '  type: LoadBalancer\n') },
    { name: 'AWS Load Balancer Controller without a scheme is internal', code: service('', '  type: LoadBalancer\n  loadBalancerClass: service.k8s.aws/nlb\n') },
    { name: 'source ranges by annotation', code: service('  annotations:\n    service.beta.kubernetes.io/load-balancer-source-ranges: "10.0.0.0/8"\n', '  type: LoadBalancer\n') },
    { name: 'terraform: ClusterIP by default', filename: 'main.tf', code: tfService('', '') },
    { name: 'terraform: source ranges', filename: 'main.tf', code: tfService('', '    type = "LoadBalancer"\n    load_balancer_source_ranges = ["203.0.113.0/24"]\n') },
    { name: 'terraform: AWS internal annotation', filename: 'main.tf', code: tfService('    annotations = {\n      "service.beta.kubernetes.io/aws-load-balancer-internal" = "true"\n    }\n', '    type = "LoadBalancer"\n') },
    { name: 'terraform: annotations not known before apply', filename: 'main.tf', code: tfService('    annotations = var.annotations\n', '    type = "LoadBalancer"\n') },
    { name: 'terraform: source ranges not known before apply', filename: 'main.tf', code: tfService('', '    type = "LoadBalancer"\n    load_balancer_source_ranges = var.allowed\n') },
  ],
  bad: [
    {
      name: 'public load balancer',
      code: service('', '  type: LoadBalancer\n'),
      findings: [{ messageId: 'publicLoadBalancer', line: 6, column: 9, endLine: 6, endColumn: 21, severity: 'medium' }],
    },
    {
      name: 'internet-facing scheme for the AWS controller',
      code: service('  annotations:\n    service.beta.kubernetes.io/aws-load-balancer-scheme: internet-facing\n', '  type: LoadBalancer\n  loadBalancerClass: service.k8s.aws/nlb\n'),
      findings: [{ messageId: 'publicLoadBalancer', line: 8, column: 9, endColumn: 21 }],
    },
    {
      name: 'the whole internet as a source range',
      code: service('', '  type: LoadBalancer\n  loadBalancerSourceRanges: ["10.0.0.0/8", "0.0.0.0/0"]\n'),
      findings: [{ messageId: 'worldSourceRange', line: 7, column: 44, endColumn: 55 }],
    },
    {
      name: 'externalIPs',
      code: service('', '  externalIPs:\n  - 198.51.100.7\n'),
      findings: [{ messageId: 'externalIPs', line: 7, column: 5, endColumn: 17, severity: 'high' }],
    },
    {
      name: 'terraform: public load balancer of kubernetes_service_v1',
      filename: 'main.tf',
      code: tfService('', '    type = "LoadBalancer"\n'),
      findings: [{ messageId: 'publicLoadBalancer', line: 6, column: 12, endLine: 6, endColumn: 26, severity: 'medium' }],
    },
    {
      name: 'terraform: the whole internet as a source range',
      filename: 'main.tf',
      code: tfService('', '    type = "LoadBalancer"\n    load_balancer_source_ranges = ["0.0.0.0/0"]\n'),
      findings: [{ messageId: 'worldSourceRange', line: 7, column: 36, endColumn: 47 }],
    },
    {
      name: 'terraform: external_ips of kubernetes_service',
      filename: 'main.tf',
      code: tfService('', '    external_ips = ["198.51.100.7"]\n', 'kubernetes_service'),
      findings: [{ messageId: 'externalIPs', line: 6, column: 21, endColumn: 35, severity: 'high' }],
    },
  ],
});
