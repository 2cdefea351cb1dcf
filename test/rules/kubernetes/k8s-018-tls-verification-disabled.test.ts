import rule from '../../../rules/kubernetes/k8s-018-tls-verification-disabled';
import { ruleTester } from '../../helpers/rule-tester';

const pod = (env: string) =>
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: api\nspec:\n  containers:\n  - name: api\n    image: api:1.0\n    env:\n' + env;

ruleTester(rule, {
  good: [
    { name: 'verification on', code: pod('    - {name: NODE_TLS_REJECT_UNAUTHORIZED, value: "1"}\n    - {name: NPM_CONFIG_STRICT_SSL, value: "true"}\n') },
    { name: 'value from a ConfigMap is unknown', code: pod('    - name: GIT_SSL_NO_VERIFY\n      valueFrom:\n        configMapKeyRef: {name: git, key: verify}\n') },
    { name: 'other variables', code: pod('    - {name: NODE_EXTRA_CA_CERTS, value: /etc/ssl/ca.pem}\n') },
  ],
  bad: [
    {
      name: 'Node.js and Python switches, removed with their lines',
      code: pod('    - name: NODE_TLS_REJECT_UNAUTHORIZED\n      value: "0"\n    - name: PYTHONHTTPSVERIFY\n      value: "0"\n    - name: MODE\n      value: prod\n'),
      findings: [
        {
          messageId: 'disabled', line: 10, column: 13, endColumn: 41,
          suggestions: [{ title: 'Remove NODE_TLS_REJECT_UNAUTHORIZED', output: pod('    - name: PYTHONHTTPSVERIFY\n      value: "0"\n    - name: MODE\n      value: prod\n') }],
        },
        { messageId: 'disabled', line: 12, column: 13, endColumn: 30 },
      ],
    },
    {
      name: 'git with any value, npm in lower case, pip trusted host',
      code: pod('    - {name: GIT_SSL_NO_VERIFY, value: "false"}\n    - {name: npm_config_strict_ssl, value: "false"}\n    - {name: PIP_TRUSTED_HOST, value: pypi.internal}\n'),
      findings: [
        { messageId: 'disabled', line: 10, column: 14, endColumn: 31 },
        { messageId: 'disabled', line: 11, column: 14, endColumn: 35 },
        { messageId: 'disabled', line: 12, column: 14, endColumn: 30 },
      ],
    },
  ],
});

ruleTester(rule, {
  good: [],
  bad: [{
    name: 'terraform: env block removed',
    filename: 'main.tf',
    code: 'resource "kubernetes_pod_v1" "api" {\n  metadata {\n    name = "api"\n  }\n  spec {\n    container {\n      name  = "api"\n      image = "api:1.0"\n      env {\n        name  = "NODE_TLS_REJECT_UNAUTHORIZED"\n        value = "0"\n      }\n    }\n  }\n}\n',
    findings: [{
      messageId: 'disabled', line: 10, column: 17, endColumn: 47,
      suggestions: [{ output: 'resource "kubernetes_pod_v1" "api" {\n  metadata {\n    name = "api"\n  }\n  spec {\n    container {\n      name  = "api"\n      image = "api:1.0"\n    }\n  }\n}\n' }],
    }],
  }],
});
