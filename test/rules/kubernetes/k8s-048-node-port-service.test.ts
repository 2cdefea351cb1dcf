import rule from '../../../rules/kubernetes/k8s-048-node-port-service';
import { ruleTester } from '../../helpers/rule-tester';

const service = (type: string) => `apiVersion: v1\nkind: Service\nmetadata:\n  name: api\nspec:\n  type: ${type}\n  ports:\n  - port: 80\n`;

const tfService = (spec: string, type = 'kubernetes_service_v1') =>
  `resource "${type}" "api" {\n  metadata {\n    name = "api"\n  }\n  spec {\n${spec}    port {\n      port = 443\n    }\n  }\n}\n`;

ruleTester(rule, {
  good: [
    { name: 'ClusterIP', code: service('ClusterIP') },
    { name: 'LoadBalancer', code: service('LoadBalancer') },
    { name: 'terraform: ClusterIP by default', filename: 'main.tf', code: tfService('') },
  ],
  bad: [
    { name: 'NodePort', code: service('NodePort'), findings: [{ messageId: 'nodePort', line: 6, column: 9, endLine: 6, endColumn: 17, severity: 'low' }] },
    {
      name: 'NodePort in a List',
      code: 'apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Service\n  metadata: {name: a}\n  spec: {type: NodePort}\n',
      findings: [{ messageId: 'nodePort', line: 7, column: 16, endColumn: 24 }],
    },
    {
      name: 'terraform: NodePort in kubernetes_service_v1',
      filename: 'main.tf',
      code: tfService('    type = "NodePort"\n'),
      findings: [{ messageId: 'nodePort', line: 6, column: 12, endLine: 6, endColumn: 22 }],
    },
    {
      name: 'terraform: NodePort in kubernetes_service',
      filename: 'main.tf',
      code: tfService('    type = "NodePort"\n', 'kubernetes_service'),
      findings: [{ messageId: 'nodePort', line: 6, column: 12, endColumn: 22 }],
    },
  ],
});
