import rule from '../../../rules/kubernetes/k8s-042-credentials-in-configmap';
import { ruleTester } from '../../helpers/rule-tester';

const configMap = (data: string) => 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: api\ndata:\n' + data;

ruleTester(rule, {
  good: [
    { name: 'plain settings', code: configMap('  DB_HOST: db.internal\n  LOG_LEVEL: info\n') },
    { name: 'names that only mention a secret', code: configMap('  PASSWORD_FILE: /run/secrets/db\n  TOKEN_URL: https://auth.example.com/token\n  SECRET_NAME: api-db\n') },
    { name: 'placeholders and references', code: configMap('  DB_PASSWORD: changeme\n  API_TOKEN: ${API_TOKEN}\n  CLIENT_SECRET: CLIENT_SECRET_VALUE\n') },
    { name: 'a Secret is not a ConfigMap', code: 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: api\nstringData:\n  DB_PASSWORD: s3cr3t-Pa55w0rd\n' },
  ],
  bad: [
    {
      name: 'literal password',
      code: configMap('  DB_HOST: db.internal\n  DB_PASSWORD: "s3cr3t-Pa55w0rd"\n'),
      findings: [{ messageId: 'secretKey', line: 7, column: 16, endLine: 7, endColumn: 33, severity: 'medium' }],
    },
    {
      name: 'AWS key inside a configuration file',
      code: configMap('  credentials: |\n    [default]\n    aws_access_key_id = AKIAZ7GHQ3XKQ2LWB4MP\n'),
      findings: [{ messageId: 'token', line: 8, column: 25, endColumn: 45, severity: 'critical' }],
    },
    {
      name: 'password in a connection URL',
      code: configMap('  DATABASE_URL: postgres://app:Xk29vLq@db:5432/app\n'),
      findings: [{ messageId: 'urlCredential', line: 6, column: 32, endColumn: 39 }],
    },
  ],
});
