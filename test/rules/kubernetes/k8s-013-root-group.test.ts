import rule from '../../../rules/kubernetes/k8s-013-root-group';
import { ruleTester } from '../../helpers/rule-tester';

const header = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n';
const containers = '  containers:\n  - name: web\n    image: web:1.0\n';

ruleTester(rule, {
  good: [
    { name: 'non-root groups', code: header + '  securityContext:\n    runAsGroup: 10001\n    fsGroup: 10001\n    supplementalGroups: [10002]\n' + containers },
    { name: 'not set', code: header + containers },
    { name: 'container overrides a root pod group', code: header + '  securityContext:\n    runAsGroup: 0\n' + containers + '    securityContext:\n      runAsGroup: 10001\n' },
    { name: 'quoted number is not an integer', code: header + '  securityContext:\n    runAsGroup: "0"\n' + containers },
  ],
  bad: [
    {
      name: 'pod-level runAsGroup, fsGroup and supplementalGroups',
      code: header + '  securityContext:\n    runAsGroup: 0\n    fsGroup: 0\n    supplementalGroups: [4, 0]\n' + containers + '  - name: log\n    image: log:1.0\n',
      findings: [
        {
          messageId: 'rootGroup', line: 7, column: 17, endColumn: 18,
          suggestions: [{ title: 'Run with GID 10001', output: header + '  securityContext:\n    runAsGroup: 10001\n    fsGroup: 0\n    supplementalGroups: [4, 0]\n' + containers + '  - name: log\n    image: log:1.0\n' }],
        },
        { messageId: 'rootFsGroup', line: 8, column: 14, endColumn: 15 },
        { messageId: 'rootSupplementalGroup', line: 9, column: 29, endColumn: 30 },
      ],
    },
    {
      name: 'container-level runAsGroup',
      code: header + containers + '    securityContext:\n      runAsGroup: 0\n',
      findings: [{ messageId: 'rootGroup', line: 10, column: 19, endColumn: 20 }],
    },
  ],
});

ruleTester(rule, {
  good: [],
  bad: [{
    name: 'terraform: run_as_group = "0"',
    filename: 'main.tf',
    code: 'resource "kubernetes_pod_v1" "web" {\n  metadata {\n    name = "web"\n  }\n  spec {\n    security_context {\n      run_as_group = "0"\n    }\n    container {\n      name  = "web"\n      image = "web:1.0"\n    }\n  }\n}\n',
    findings: [{ messageId: 'rootGroup', line: 7, column: 22, endColumn: 25 }],
  }],
});
