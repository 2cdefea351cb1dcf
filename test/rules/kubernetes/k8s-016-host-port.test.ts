import rule from '../../../rules/kubernetes/k8s-016-host-port';
import { ruleTester } from '../../helpers/rule-tester';

const pod = (ports: string) =>
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: web:1.0\n    ports:\n' + ports;

ruleTester(rule, {
  good: [
    { name: 'container port only', code: pod('    - containerPort: 8080\n') },
    { name: 'hostPort 0 means none', code: pod('    - {containerPort: 8080, hostPort: 0}\n') },
    { name: 'templated host port is unknown', code: pod('    - {containerPort: 8080, hostPort: "${PORT}"}\n') },
  ],
  bad: [
    {
      name: 'host port',
      code: pod('    - containerPort: 8080\n      hostPort: 80\n      protocol: TCP\n'),
      findings: [{ messageId: 'hostPort', line: 11, column: 17, endColumn: 19, severity: 'medium' }],
    },
  ],
});

ruleTester(rule, {
  good: [],
  bad: [{
    name: 'terraform: host_port',
    filename: 'main.tf',
    code: 'resource "kubernetes_pod_v1" "web" {\n  metadata {\n    name = "web"\n  }\n  spec {\n    container {\n      name  = "web"\n      image = "web:1.0"\n      port {\n        container_port = 8080\n        host_port      = 80\n      }\n    }\n  }\n}\n',
    findings: [{ messageId: 'hostPort', line: 11, column: 26, endColumn: 28 }],
  }],
});
