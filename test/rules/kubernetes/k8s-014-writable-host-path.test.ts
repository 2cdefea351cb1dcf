import rule from '../../../rules/kubernetes/k8s-014-writable-host-path';
import { ruleTester } from '../../helpers/rule-tester';

const header = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: agent\nspec:\n';
const withMounts = (mounts: string) =>
  header + '  containers:\n  - name: agent\n    image: agent:1.4\n    volumeMounts:\n' + mounts +
  '  volumes:\n  - name: logs\n    hostPath:\n      path: /var/log\n  - name: cache\n    emptyDir: {}\n';

ruleTester(rule, {
  good: [
    { name: 'read-only host path', code: withMounts('    - {name: logs, mountPath: /host/logs, readOnly: true}\n') },
    { name: 'writable emptyDir', code: withMounts('    - {name: cache, mountPath: /cache}\n') },
    { name: 'templated readOnly is unknown', code: withMounts('    - {name: logs, mountPath: /host/logs, readOnly: "${RO}"}\n') },
  ],
  bad: [
    {
      name: 'readOnly absent, at the mount path',
      code: withMounts('    - name: logs\n      mountPath: /host/logs\n    - name: cache\n      mountPath: /cache\n'),
      findings: [{ messageId: 'writable', line: 11, column: 18, endColumn: 28, severity: 'high', suggestions: [] }],
    },
    {
      name: 'readOnly false, replaced',
      code: withMounts('    - name: logs\n      mountPath: /host/logs\n      readOnly: false\n'),
      findings: [{
        messageId: 'writable', line: 12, column: 17, endColumn: 22,
        suggestions: [{ title: 'Set readOnly: true', output: withMounts('    - name: logs\n      mountPath: /host/logs\n      readOnly: true\n') }],
      }],
    },
  ],
});

ruleTester(rule, {
  good: [],
  bad: [{
    name: 'terraform: volume_mount of a host_path volume',
    filename: 'main.tf',
    code: 'resource "kubernetes_daemon_set_v1" "agent" {\n  metadata {\n    name = "agent"\n  }\n  spec {\n    selector {\n      match_labels = { app = "agent" }\n    }\n    template {\n      metadata {\n        labels = { app = "agent" }\n      }\n      spec {\n        container {\n          name  = "agent"\n          image = "agent:1.4"\n          volume_mount {\n            name       = "logs"\n            mount_path = "/host/logs"\n          }\n        }\n        volume {\n          name = "logs"\n          host_path {\n            path = "/var/log"\n          }\n        }\n      }\n    }\n  }\n}\n',
    findings: [{ messageId: 'writable', line: 19, column: 26, endColumn: 38 }],
  }],
});
