import { defineRule, type ObjectValue } from '../api';
import { committedSecretFrameworks, isPlaceholderName, keyValues, objectsOfKind, rangeOfText } from '../shared/kubernetes-objects';
import { findSecretTokens, isNonSecretShape, isPlaceholder, isReference, isSecretName, withArticle } from '../shared/secrets';

/** Keys that hold the public half of a key pair or a CA bundle (`ca.crt`, `tls.crt`, `id_rsa.pub`). */
const publicKey = /(?:^|[._-])(?:ca|crt|cert|certificate|pub|public|chain|bundle)(?:[._-]|$)/i;

function decodeBase64(text: string): string | undefined {
  const compact = text.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 !== 0) return undefined;
  try {
    return new TextDecoder().decode(Uint8Array.from(atob(compact), (c) => c.charCodeAt(0)));
  } catch {
    return undefined;
  }
}

/** Keys that name where or as whom, not the secret: `url`, `username`, `azurestorageaccountname`. */
const describingKey = /(?:^|[._-]|[a-z])(?:url|uri|user|username|type|name|project|email|host|hostname|port|namespace|region|database|endpoint|id|insecure)$/i;

/** A private key whose body is elided (`...`): a documentation sample. */
function isElidedKey(text: string): boolean {
  return text.includes('PRIVATE KEY-----') && !/[A-Za-z0-9+/=]{40}/.test(text);
}

/** A configuration file kept in a Secret is judged by the secrets it sets, not by being there. */
const configFile = /\.(?:ya?ml|json|conf|cfg|toml|ini|properties)$/i;
const setsSecret = /(?:password|passwd|secret|token|api_?key)["']?\s{0,5}[:=]\s{0,5}["']?[^\s"'{$<]/i;

interface Committed {
  key: string;
  node: ObjectValue;
  decoded: string;
}

export default defineRule({
  id: 'K8S-041',
  title: 'Secret values must not be committed in manifests',
  target: 'kubernetes',
  severity: 'high',
  preset: 'recommended',
  workloads: true,
  requirements: ['1.1', '3.3'],
  frameworks: committedSecretFrameworks('5.4.2'),
  docs: {
    rationale:
      'Secret `data` is only base64-encoded and `stringData` is plain text: a Secret committed with its values puts the ' +
      'credential in source control, in every clone and in its history, long after it is rotated in the cluster. The ' +
      'same holds for the `data` and `binary_data` of a `kubernetes_secret(_v1)` in Terraform, which also land in the state.',
    remediation:
      'Create the Secret from a secret manager (External Secrets Operator, the Secrets Store CSI driver) or commit it ' +
      'encrypted (Sealed Secrets, SOPS); in Terraform, set the write-only `data_wo` of `kubernetes_secret_v1` (with ' +
      '`data_wo_revision`) from an ephemeral resource or a secret store. Rotate any value that was committed.',
  },
  messages: {
    committed: 'Secret "{{name}}" commits the value of "{{key}}" to source control.',
    committedMany: 'Secret "{{name}}" commits the value of "{{key}}" and {{others}} more to source control.',
    token: 'Secret "{{name}}" commits {{kind}} in "{{key}}" to source control.',
  },
  examples: {
    bad: 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ntype: Opaque\nstringData:\n  password: s3cr3t-Pa55w0rd\n',
    good: 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ntype: Opaque\nstringData:\n  password: ""\n',
  },
  check({ file, report }) {
    for (const secret of objectsOfKind(file, 'Secret')) {
      const committed: Committed[] = [];
      for (const field of ['data', 'stringData']) {
        for (const { key, value } of keyValues(secret.root.get(field))) {
          const raw = value.string();
          if (raw === undefined || isReference(raw) || publicKey.test(key)) continue;
          const decoded = field === 'data' ? decodeBase64(raw) ?? raw : raw;
          if (isPlaceholder(decoded, key) || isPlaceholderName(decoded.trim()) || /^my[_-]/i.test(decoded) || isElidedKey(decoded)) continue;
          if (decoded.startsWith('-----BEGIN CERTIFICATE')) continue;
          if (configFile.test(key) && !setsSecret.test(decoded) && findSecretTokens(decoded).length === 0) continue;
          if (!isSecretName(key) && (describingKey.test(key) || isNonSecretShape(decoded))) continue;
          committed.push({ key, node: value, decoded });
        }
      }
      if (committed.length === 0) continue;
      const name = secret.name ?? '(unnamed)';
      const withToken = committed.find((c) => findSecretTokens(c.decoded).length > 0);
      if (withToken) {
        const token = findSecretTokens(withToken.decoded)[0];
        const at = withToken.decoded === withToken.node.string() ? rangeOfText(file, withToken.node, withToken.decoded.slice(token.start, token.end)) : withToken.node.range;
        report({ at, messageId: 'token', data: { name, key: withToken.key, kind: withArticle(token.kind) }, severity: token.severity, value: withToken.node });
        continue;
      }
      const first = committed.find((c) => isSecretName(c.key)) ?? committed[0];
      const others = committed.length - 1;
      report({
        at: first.node.range,
        messageId: others > 0 ? 'committedMany' : 'committed',
        data: { name, key: first.key, others },
        value: first.node,
      });
    }
  },
});
