import rule from '../../../rules/kubernetes/k8s-012-unsafe-pod-security-fields';
import { ruleTester } from '../../helpers/rule-tester';

const header = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n';
const pod = (container: string) => header + '  containers:\n  - name: web\n    image: web:1.0\n' + container;

ruleTester(rule, {
  good: [
    { name: 'defaults', code: pod('') },
    { name: 'procMount Default', code: pod('    securityContext:\n      procMount: Default\n') },
    { name: 'safe sysctls, with either separator', code: header + '  securityContext:\n    sysctls:\n    - {name: net.ipv4.ip_unprivileged_port_start, value: "0"}\n    - {name: net/ipv4/tcp_keepalive_time, value: "600"}\n  containers:\n  - name: web\n    image: web:1.0\n' },
    { name: 'container SELinux types and a level', code: pod('    securityContext:\n      seLinuxOptions: {type: container_engine_t, level: "s0:c123,c456"}\n') },
    { name: 'AppArmor RuntimeDefault and the annotation', code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  annotations:\n    container.apparmor.security.beta.kubernetes.io/web: runtime/default\nspec:\n  containers:\n  - name: web\n    image: web:1.0\n    securityContext:\n      appArmorProfile: {type: RuntimeDefault}\n' },
    { name: 'probe without host', code: pod('    livenessProbe:\n      httpGet: {path: /healthz, port: 8080}\n') },
    { name: 'Helm placeholder in a sysctl is unknown', code: header + '  securityContext:\n    sysctls:\n    - name: "${SYSCTL}"\n      value: "1"\n  containers:\n  - name: web\n    image: web:1.0\n' },
  ],
  bad: [
    {
      name: 'procMount Unmasked',
      code: pod('    securityContext:\n      procMount: Unmasked\n'),
      findings: [{ messageId: 'procMount', line: 10, column: 18, endColumn: 26, severity: 'medium' }],
    },
    {
      name: 'unsafe sysctl, reported once for the pod',
      code: header + '  securityContext:\n    sysctls:\n    - name: kernel.msgmax\n      value: "65536"\n    - name: net.ipv4.tcp_syncookies\n      value: "1"\n  containers:\n  - name: web\n    image: web:1.0\n  - name: log\n    image: log:1.0\n',
      findings: [{ messageId: 'sysctl', line: 8, column: 13, endColumn: 26 }],
    },
    {
      name: 'SELinux type, user and role, inherited from the pod',
      code: header + '  securityContext:\n    seLinuxOptions:\n      type: spc_t\n      user: system_u\n      role: system_r\n  containers:\n  - name: web\n    image: web:1.0\n',
      findings: [
        { messageId: 'seLinuxType', line: 8, column: 13, endColumn: 18 },
        { messageId: 'seLinuxUserRole', line: 9, column: 13, endColumn: 21 },
        { messageId: 'seLinuxUserRole', line: 10, column: 13, endColumn: 21 },
      ],
    },
    {
      name: 'AppArmor Unconfined field and legacy annotation',
      code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  annotations:\n    container.apparmor.security.beta.kubernetes.io/log: unconfined\nspec:\n  containers:\n  - name: web\n    image: web:1.0\n    securityContext:\n      appArmorProfile:\n        type: Unconfined\n  - name: log\n    image: log:1.0\n',
      findings: [
        { messageId: 'appArmorAnnotation', line: 6, column: 57, endColumn: 67 },
        { messageId: 'appArmor', line: 13, column: 15, endColumn: 25 },
      ],
    },
    {
      name: 'Windows HostProcess container is high',
      code: header + '  os: {name: windows}\n  securityContext:\n    windowsOptions:\n      hostProcess: true\n      runAsUserName: "NT AUTHORITY\\\\SYSTEM"\n  hostNetwork: true\n  containers:\n  - name: agent\n    image: agent:1.0\n',
      findings: [{ messageId: 'hostProcess', line: 9, column: 20, endColumn: 24, severity: 'high' }],
    },
    {
      name: 'host in probes and lifecycle hooks',
      code: pod('    readinessProbe:\n      tcpSocket: {host: 10.0.0.1, port: 5432}\n    lifecycle:\n      preStop:\n        httpGet:\n          host: metadata.internal\n          path: /drain\n          port: 80\n'),
      findings: [
        { messageId: 'probeHost', line: 10, column: 25, endColumn: 33 },
        { messageId: 'probeHost', line: 14, column: 17, endColumn: 34 },
      ],
    },
  ],
});

ruleTester(rule, {
  good: [],
  bad: [{
    name: 'terraform: unsafe sysctl and procMount',
    filename: 'main.tf',
    code: 'resource "kubernetes_pod_v1" "web" {\n  metadata {\n    name = "web"\n  }\n  spec {\n    security_context {\n      sysctl {\n        name  = "kernel.msgmax"\n        value = "65536"\n      }\n    }\n    container {\n      name  = "web"\n      image = "web:1.0"\n      security_context {\n        proc_mount = "Unmasked"\n      }\n    }\n  }\n}\n',
    findings: [
      { messageId: 'sysctl', line: 8, column: 17, endColumn: 32 },
      { messageId: 'procMount', line: 16, column: 22, endColumn: 32 },
    ],
  }],
});
