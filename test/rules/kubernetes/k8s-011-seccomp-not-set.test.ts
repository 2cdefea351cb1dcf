import rule from '../../../rules/kubernetes/k8s-011-seccomp-not-set';
import { ruleTester } from '../../helpers/rule-tester';

const header = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n';
const pod = (container: string) => header + '  containers:\n  - name: web\n    image: web:1.0\n' + container;

ruleTester(rule, {
  good: [
    { name: 'pod-level profile', code: header + '  securityContext:\n    seccompProfile: {type: RuntimeDefault}\n  containers:\n  - name: web\n    image: web:1.0\n' },
    { name: 'container-level profile', code: pod('    securityContext:\n      seccompProfile:\n        type: Localhost\n        localhostProfile: web.json\n') },
    { name: 'legacy annotation sets one', code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  annotations:\n    seccomp.security.alpha.kubernetes.io/pod: runtime/default\nspec:\n  containers:\n  - name: web\n    image: web:1.0\n' },
    { name: 'Windows pod', code: header + '  os: {name: windows}\n  containers:\n  - name: iis\n    image: iis:2022\n' },
    { name: 'patch fragment without image', code: header + '  containers:\n  - name: web\n    env:\n    - {name: MODE, value: prod}\n' },
  ],
  bad: [
    {
      name: 'not set anywhere',
      code: pod('    securityContext:\n      runAsNonRoot: true\n'),
      findings: [{
        messageId: 'unset', line: 7, column: 11, endColumn: 14,
        suggestions: [{ output: pod('    securityContext:\n      runAsNonRoot: true\n      seccompProfile:\n        type: RuntimeDefault\n') }],
      }],
    },
  ],
});

ruleTester(rule, {
  good: [],
  bad: [{
    name: 'terraform: not set, nested block created',
    filename: 'main.tf',
    code: 'resource "kubernetes_pod_v1" "web" {\n  metadata {\n    name = "web"\n  }\n  spec {\n    container {\n      name  = "web"\n      image = "web:1.0"\n    }\n  }\n}\n',
    findings: [{
      messageId: 'unset', line: 7, column: 15,
      suggestions: [{ output: 'resource "kubernetes_pod_v1" "web" {\n  metadata {\n    name = "web"\n  }\n  spec {\n    container {\n      name  = "web"\n      image = "web:1.0"\n      security_context {\n        seccomp_profile {\n          type = "RuntimeDefault"\n        }\n      }\n    }\n  }\n}\n' }],
    }],
  }],
});
