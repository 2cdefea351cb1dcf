import rule from '../../../rules/kubernetes/k8s-017-ssh-port';
import { ruleTester } from '../../helpers/rule-tester';

const pod = (ports: string) =>
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: box\nspec:\n  containers:\n  - name: box\n    image: box:1.0\n    ports:\n' + ports;

ruleTester(rule, {
  good: [
    { name: 'other port', code: pod('    - containerPort: 2222\n') },
    { name: 'quoted port is not a number the API accepts', code: pod('    - containerPort: "22"\n') },
  ],
  bad: [
    { name: 'port 22', code: pod('    - name: ssh\n      containerPort: 22\n'), findings: [{ messageId: 'sshPort', line: 11, column: 22, endColumn: 24 }] },
  ],
});

ruleTester(rule, {
  good: [],
  bad: [{
    name: 'terraform: container_port = 22',
    filename: 'main.tf',
    code: 'resource "kubernetes_pod_v1" "box" {\n  metadata {\n    name = "box"\n  }\n  spec {\n    container {\n      name  = "box"\n      image = "box:1.0"\n      port {\n        container_port = 22\n      }\n    }\n  }\n}\n',
    findings: [{ messageId: 'sshPort', line: 10, column: 26, endColumn: 28 }],
  }],
});
