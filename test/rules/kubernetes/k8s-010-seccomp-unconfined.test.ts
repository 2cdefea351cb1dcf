import rule from '../../../rules/kubernetes/k8s-010-seccomp-unconfined';
import { ruleTester } from '../../helpers/rule-tester';

const header = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n';
const pod = (container: string) => header + '  containers:\n  - name: web\n    image: web:1.0\n' + container;

ruleTester(rule, {
  good: [
    { name: 'RuntimeDefault at pod level', code: header + '  securityContext:\n    seccompProfile: {type: RuntimeDefault}\n  containers:\n  - name: web\n    image: web:1.0\n' },
    { name: 'not set is the strict rule\'s', code: pod('') },
    {
      name: 'container profile overrides an unconfined pod profile',
      code: header + '  securityContext:\n    seccompProfile: {type: Unconfined}\n  containers:\n  - name: web\n    image: web:1.0\n    securityContext:\n      seccompProfile: {type: Localhost, localhostProfile: web.json}\n',
    },
    { name: 'privileged container is reported by K8S-001 only', code: pod('    securityContext:\n      privileged: true\n      seccompProfile: {type: Unconfined}\n') },
    { name: 'runtime/default annotation', code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  annotations:\n    seccomp.security.alpha.kubernetes.io/pod: runtime/default\nspec:\n  containers:\n  - name: web\n    image: web:1.0\n' },
  ],
  bad: [
    {
      name: 'Unconfined at pod level, reported once for its containers',
      code: header + '  securityContext:\n    seccompProfile:\n      type: Unconfined\n  containers:\n  - name: web\n    image: web:1.0\n  - name: log\n    image: log:1.0\n',
      findings: [{
        messageId: 'unconfined', line: 8, column: 13, endColumn: 23,
        suggestions: [{ title: 'Use the RuntimeDefault profile', output: header + '  securityContext:\n    seccompProfile:\n      type: RuntimeDefault\n  containers:\n  - name: web\n    image: web:1.0\n  - name: log\n    image: log:1.0\n' }],
      }],
    },
    {
      name: 'Unconfined in a container',
      code: pod('    securityContext:\n      seccompProfile: {type: Unconfined}\n'),
      findings: [{ messageId: 'unconfined', line: 10, column: 30, endColumn: 40 }],
    },
    {
      name: 'legacy annotations on a Deployment template, the container one first',
      code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    metadata:
      annotations:
        seccomp.security.alpha.kubernetes.io/pod: runtime/default
        container.seccomp.security.alpha.kubernetes.io/web: unconfined
    spec:
      containers:
      - name: web
        image: web:1.0
      - name: log
        image: log:1.0
`,
      findings: [{ messageId: 'unconfinedAnnotation', line: 10, column: 61, endColumn: 71 }],
    },
  ],
});

const pod_tf = (settings: string) => `resource "kubernetes_pod_v1" "web" {
  metadata {
    name = "web"
  }
  spec {
    security_context {
      seccomp_profile {
        type = ${settings}
      }
    }
    container {
      name  = "web"
      image = "web:1.0"
    }
  }
}
`;

ruleTester(rule, {
  good: [{ name: 'terraform: RuntimeDefault', filename: 'main.tf', code: pod_tf('"RuntimeDefault"') }],
  bad: [{
    name: 'terraform: Unconfined',
    filename: 'main.tf',
    code: pod_tf('"Unconfined"'),
    findings: [{ messageId: 'unconfined', line: 8, column: 16, endColumn: 28, suggestions: [{ output: pod_tf('"RuntimeDefault"') }] }],
  }],
});
