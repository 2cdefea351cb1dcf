import { defineRule, type WorkloadValue } from '../api';
import { committedSecretFrameworks, isPlaceholderName } from '../shared/kubernetes-objects';
import { findSecretTokens, findUrlCredentials, isNonSecretShape, isPlaceholder, isReference, isSecretName, withArticle } from '../shared/secrets';

export default defineRule({
  id: 'K8S-040',
  title: 'Container environment variables must not hold literal secrets',
  target: 'kubernetes',
  workloads: true,
  severity: 'high',
  preset: 'recommended',
  requirements: ['1.1', '3.3'],
  frameworks: committedSecretFrameworks('5.4.1'),
  docs: {
    rationale:
      'A literal in `env[].value` is committed with the manifest, shown by `kubectl describe` and readable by anyone ' +
      'who can read the workload object, and it is rotated only by editing every copy.',
    remediation:
      'Keep the value in a Secret (created from a secret manager, not committed) and reference it with ' +
      '`valueFrom.secretKeyRef`, or mount it as a file; rotate any credential that was committed.',
  },
  messages: {
    token: 'Environment variable "{{name}}" of container "{{container}}" holds {{kind}}: reference a Secret with valueFrom.secretKeyRef.',
    secretValue:
      'Environment variable "{{name}}" of container "{{container}}" holds a literal secret: reference a Secret with valueFrom.secretKeyRef.',
    urlCredential:
      'Environment variable "{{name}}" of container "{{container}}" holds a URL with the password of "{{user}}": reference a Secret with valueFrom.secretKeyRef.',
  },
  examples: {
    bad:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: api\nspec:\n  containers:\n  - name: api\n    image: api:1.2\n' +
      '    env:\n    - name: DB_PASSWORD\n      value: "s3cr3t-Pa55w0rd"\n',
    good:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: api\nspec:\n  containers:\n  - name: api\n    image: api:1.2\n' +
      '    env:\n    - name: DB_PASSWORD\n      valueFrom:\n        secretKeyRef: {name: api-db, key: password}\n',
  },
  check({ file, report }) {
    const seen = new Set<string>();
    for (const container of file.containers) {
      for (const variable of container.field('env')?.value?.items() ?? []) {
        const name = variable.get('name')?.string();
        const value = variable.get('value');
        const text = value?.string();
        if (!name || !value || !text || isReference(text)) continue;
        const key = `${value.range.start.line}:${value.range.start.character}`;
        if (seen.has(key)) continue;
        const data = { name, container: container.name ?? '(unnamed)' };
        const at = (start: number, end: number) => rangeWithin(value, text, start, end);
        const token = findSecretTokens(text)[0];
        const url = token ? undefined : findUrlCredentials(text)[0];
        if (token) {
          report({ at: at(token.start, token.end), messageId: 'token', data: { ...data, kind: withArticle(token.kind) }, severity: token.severity, value });
        } else if (url) {
          report({ at: at(url.start, url.end), messageId: 'urlCredential', data: { ...data, user: url.user }, value });
        } else if (isSecretName(name) && !isPlaceholder(text, name, 4) && !isNonSecretShape(text) && !isPlaceholderName(text)) {
          report({ at: value.range, messageId: 'secretValue', data, value });
        } else {
          continue;
        }
        seen.add(key);
      }
    }
  },
});

/**
 * The range of `text[start, end)` inside a value written on one line without escapes; the whole
 * value otherwise (a block scalar, an escaped string, a Terraform expression).
 */
function rangeWithin(value: WorkloadValue, text: string, start: number, end: number) {
  const { range } = value;
  const width = range.end.character - range.start.character;
  if (range.start.line !== range.end.line) return range;
  const quote = width === text.length + 2 ? 1 : width === text.length ? 0 : -1;
  if (quote < 0) return range;
  const line = range.start.line;
  const first = range.start.character + quote;
  return { start: { line, character: first + start }, end: { line, character: first + end } };
}
