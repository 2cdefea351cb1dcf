import rule from '../../../rules/kubernetes/k8s-008-dangerous-capabilities';
import { ruleTester } from '../../helpers/rule-tester';

const header = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n';
const pod = (container: string) => header + '  containers:\n  - name: web\n    image: web:1.0\n' + container;
const adds = (list: string) => pod(`    securityContext:\n      capabilities:\n        add: ${list}\n`);

ruleTester(rule, {
  good: [
    { name: 'baseline capabilities', code: adds('[NET_BIND_SERVICE, CHOWN, "cap_setuid"]') },
    { name: 'capabilities only dropped', code: pod('    securityContext:\n      capabilities:\n        drop: [ALL]\n') },
    { name: 'privileged container is reported by K8S-001 only', code: pod('    securityContext:\n      privileged: true\n      capabilities:\n        add: [SYS_ADMIN]\n') },
    { name: 'placeholder is not a capability name', code: adds('["${EXTRA_CAP}"]') },
    { name: 'pod-level capabilities are not a field', code: header + '  securityContext:\n    capabilities:\n      add: [SYS_ADMIN]\n  containers:\n  - name: web\n    image: web:1.0\n' },
  ],
  bad: [
    {
      name: 'SYS_ADMIN with allowPrivilegeEscalation true',
      code: pod('    securityContext:\n      allowPrivilegeEscalation: true\n      capabilities:\n        add: [SYS_ADMIN]\n'),
      findings: [{ messageId: 'dangerous', line: 12, column: 15, endColumn: 24, severity: 'high', suggestions: [] }],
    },
    {
      name: 'CAP_ prefix and lower case, as the runtime accepts them',
      code: pod('    securityContext:\n      capabilities:\n        add:\n        - cap_net_admin\n        - "NET_RAW"\n        - ALL\n'),
      findings: [
        {
          messageId: 'dangerous', line: 12, column: 11, endColumn: 24,
          suggestions: [{ title: 'Remove CAP_NET_ADMIN', output: pod('    securityContext:\n      capabilities:\n        add:\n        - "NET_RAW"\n        - ALL\n') }],
        },
        { messageId: 'dangerous', line: 13, column: 11, endColumn: 20 },
        { messageId: 'dangerous', line: 14, column: 11, endColumn: 14 },
      ],
    },
    {
      name: 'other capabilities outside the baseline are medium',
      code: adds('[SYS_TIME, NET_BIND_SERVICE, IPC_LOCK]'),
      findings: [
        { messageId: 'nonBaseline', line: 11, column: 15, endColumn: 23, severity: 'medium' },
        { messageId: 'nonBaseline', line: 11, column: 43, endColumn: 51, severity: 'medium' },
      ],
    },
    {
      name: 'ephemeral and init containers',
      code: header + '  initContainers:\n  - name: net\n    image: net:1.0\n    securityContext: {capabilities: {add: [BPF]}}\n  containers:\n  - name: web\n    image: web:1.0\n' +
        '  ephemeralContainers:\n  - name: debug\n    image: busybox:1.36\n    securityContext:\n      capabilities:\n        add: [SYS_PTRACE]\n',
      findings: [
        { messageId: 'dangerous', line: 9, column: 44, endColumn: 47 },
        { messageId: 'dangerous', line: 18, column: 15, endColumn: 25 },
      ],
    },
  ],
});

const pod_tf = (caps: string) => `resource "kubernetes_pod_v1" "vpn" {
  metadata {
    name = "vpn"
  }
  spec {
    container {
      name  = "vpn"
      image = "vpn:3.1"
      security_context {
        capabilities {
          add = ${caps}
        }
      }
    }
  }
}
`;

ruleTester(rule, {
  good: [{ name: 'terraform: baseline capability', filename: 'main.tf', code: pod_tf('["NET_BIND_SERVICE"]') }],
  bad: [{ name: 'terraform: NET_ADMIN added', filename: 'main.tf', code: pod_tf('["NET_ADMIN"]'), findings: [{ messageId: 'dangerous', line: 11, column: 18, endColumn: 29 }] }],
});
