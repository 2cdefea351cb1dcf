import { defineRule } from '../api';
import { committedSecretFrameworks, isPlaceholderName, keyValues, objectsOfKind, rangeOfText } from '../shared/kubernetes-objects';
import { findSecretTokens, findUrlCredentials, isNonSecretShape, isPlaceholder, isReference, isSecretName, withArticle } from '../shared/secrets';

export default defineRule({
  id: 'K8S-042',
  title: 'ConfigMaps must not hold credentials',
  target: 'kubernetes',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['1.1', '3.3'],
  frameworks: committedSecretFrameworks('5.4.1'),
  docs: {
    rationale:
      'ConfigMaps are not confidential: they are readable by every workload and user with `get configmaps` in the ' +
      'namespace, are not encrypted at rest by Secret encryption providers, and are committed with the manifests.',
    remediation: 'Move the credential to a Secret created from a secret manager and reference it from the workload; rotate the committed value.',
  },
  messages: {
    token: 'ConfigMap "{{name}}" holds {{kind}} in "{{key}}".',
    urlCredential: 'ConfigMap "{{name}}" holds a URL with the password of "{{user}}" in "{{key}}".',
    secretKey: 'ConfigMap "{{name}}" holds the secret "{{key}}" in plain text.',
  },
  examples: {
    bad: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: api\ndata:\n  DB_PASSWORD: s3cr3t-Pa55w0rd\n',
    good: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: api\ndata:\n  DB_HOST: db.internal\n',
  },
  check({ file, report }) {
    for (const configMap of objectsOfKind(file, 'ConfigMap')) {
      const name = configMap.name ?? '(unnamed)';
      for (const { key, value } of keyValues(configMap.root.get('data'))) {
        const text = value.string();
        if (!text) continue;
        const token = findSecretTokens(text)[0];
        if (token) {
          const at = rangeOfText(file, value, text.slice(token.start, token.end));
          report({ at, messageId: 'token', data: { name, key, kind: withArticle(token.kind) }, severity: token.severity });
          continue;
        }
        const url = findUrlCredentials(text)[0];
        if (url) {
          report({ at: rangeOfText(file, value, text.slice(url.start, url.end)), messageId: 'urlCredential', data: { name, key, user: url.user } });
          continue;
        }
        const single = !text.includes('\n');
        if (!single || !isSecretName(key) || isReference(text) || isPlaceholder(text, key, 4) || isNonSecretShape(text) || isPlaceholderName(text)) continue;
        report({ at: value.range, messageId: 'secretKey', data: { name, key } });
      }
    }
  },
});
