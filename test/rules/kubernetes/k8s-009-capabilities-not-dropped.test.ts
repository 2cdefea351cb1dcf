import rule from '../../../rules/kubernetes/k8s-009-capabilities-not-dropped';
import { ruleTester } from '../../helpers/rule-tester';

const header = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n';
const pod = (container: string) => header + '  containers:\n  - name: web\n    image: web:1.0\n' + container;

ruleTester(rule, {
  good: [
    { name: 'drop ALL', code: pod('    securityContext:\n      capabilities:\n        drop: ["ALL"]\n        add: [NET_BIND_SERVICE]\n') },
    { name: 'drop all, lower case', code: pod('    securityContext:\n      capabilities: {drop: [all]}\n') },
    { name: 'privileged container is reported by K8S-001 only', code: pod('    securityContext:\n      privileged: true\n') },
    { name: 'Windows pod', code: header + '  os: {name: windows}\n  containers:\n  - name: iis\n    image: iis:2022\n' },
    { name: 'patch fragment without image', code: header + '  containers:\n  - name: web\n    env:\n    - {name: MODE, value: prod}\n' },
  ],
  bad: [
    {
      name: 'absent: a suggestion for a container that may run as root',
      code: pod(''),
      findings: [{
        messageId: 'notDropped', line: 7, column: 11, endColumn: 14,
        suggestions: [{ title: 'Set capabilities.drop: ["ALL"]', output: pod('    securityContext:\n      capabilities:\n        drop: ["ALL"]\n') }],
      }],
    },
    {
      name: 'absent: a fix for a non-root container that cannot regain capabilities',
      code: header + '  securityContext:\n    runAsUser: 10001\n  containers:\n  - name: web\n    image: web:1.0\n    securityContext:\n      allowPrivilegeEscalation: false\n',
      findings: [{
        messageId: 'notDropped', line: 9, column: 11,
        output: header + '  securityContext:\n    runAsUser: 10001\n  containers:\n  - name: web\n    image: web:1.0\n    securityContext:\n      allowPrivilegeEscalation: false\n      capabilities:\n        drop: ["ALL"]\n',
      }],
    },
    {
      name: 'drop list without ALL, at the list',
      code: pod('    securityContext:\n      capabilities:\n        drop: [NET_RAW]\n'),
      findings: [{
        messageId: 'notDropped', line: 11, column: 15, endColumn: 24,
        suggestions: [{ output: pod('    securityContext:\n      capabilities:\n        drop: ["ALL"]\n') }],
      }],
    },
    {
      name: 'block drop list: no edit that keeps its items',
      code: pod('    securityContext:\n      capabilities:\n        drop:\n        - NET_RAW\n'),
      findings: [{ messageId: 'notDropped', line: 12, column: 9, suggestions: [] }],
    },
    {
      name: 'capabilities map without drop',
      code: pod('    securityContext:\n      capabilities:\n        add: [NET_BIND_SERVICE]\n'),
      findings: [{ messageId: 'notDropped', line: 7, column: 11, suggestions: [{ output: pod('    securityContext:\n      capabilities:\n        add: [NET_BIND_SERVICE]\n        drop: ["ALL"]\n') }] }],
    },
  ],
});

const pod_tf = (settings: string) => `resource "kubernetes_pod_v1" "web" {
  metadata {
    name = "web"
  }
  spec {
    container {
      name  = "web"
      image = "web:1.0"
${settings}    }
  }
}
`;

ruleTester(rule, {
  good: [{ name: 'terraform: drop ALL', filename: 'main.tf', code: pod_tf('      security_context {\n        capabilities {\n          drop = ["ALL"]\n        }\n      }\n') }],
  bad: [{
    name: 'terraform: nothing dropped, nested blocks created',
    filename: 'main.tf',
    code: pod_tf(''),
    findings: [{
      messageId: 'notDropped', line: 7, column: 15,
      suggestions: [{ title: 'Set capabilities.drop = ["ALL"]', output: pod_tf('      security_context {\n        capabilities {\n          drop = ["ALL"]\n        }\n      }\n') }],
    }],
  }],
});
