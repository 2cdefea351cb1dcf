import { asString, defineRule } from '../api';
import { transportEncryption } from '../shared/azure-transport';
import { eachConnectionSetting } from '../shared/terraform-secrets';

/** Hosts that never leave the machine (a local emulator such as LocalStack, a port-forward). */
const loopback = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\]|[^/:]*\.localhost|host\.docker\.internal)(?::\d+)?$/i;

/** The host of a plain-HTTP URL that leaves the machine; undefined for anything else. */
function plainHttpHost(value: string): string | undefined {
  const match = /^\s*http:\/\/(?:[^@/]*@)?([^/?#\s]+)/i.exec(value);
  return match && !loopback.test(match[1]) ? match[1] : undefined;
}

export default defineRule({
  id: 'TF-511',
  title: 'Reach provider APIs and state backends over HTTPS',
  target: 'terraform',
  severity: 'high',
  preset: 'recommended',
  requirements: ['3.2'],
  frameworks: transportEncryption(),
  docs: {
    rationale:
      'A provider or backend pointed at an http:// address (a Kubernetes API server, a Vault address, an http backend, ' +
      'a custom service endpoint) sends its tokens, passwords and the state in clear text; a PostgreSQL backend with ' +
      'sslmode=disable does the same. Loopback addresses (local emulators, port-forwards) are not reported.',
    remediation: 'Use the https:// address of the service (and sslmode=verify-full for the pg backend).',
    links: [
      { title: 'Backend type: http', url: 'https://developer.hashicorp.com/terraform/language/backend/http' },
      { title: 'Backend type: pg', url: 'https://developer.hashicorp.com/terraform/language/backend/pg' },
    ],
  },
  messages: {
    plainHttp: '{{name}} of "{{target}}" is plain HTTP to {{host}}: credentials and data travel in clear text.',
    sslDisabled: '{{name}} of "{{target}}" turns TLS off (sslmode=disable): credentials and the state travel in clear text.',
  },
  examples: {
    bad: 'provider "vault" {\n  address = "http://vault.internal.example.com:8200"\n}\n',
    good: 'provider "vault" {\n  address = "https://vault.internal.example.com:8200"\n}\n',
  },
  check({ file, module, report }) {
    eachConnectionSetting(file, module, ({ name, located, target }) => {
      const text = asString(located.value);
      if (text === undefined) return;
      // No edit: whether the service answers on https, and on which port, is for the author to check.
      const host = plainHttpHost(text);
      if (host) report({ at: located.at, messageId: 'plainHttp', data: { name, target, host }, value: located.value });
      else if (/(?:^|[?&\s])sslmode=disable(?:$|[&\s])/i.test(text) || (name === 'sslmode' && text.trim().toLowerCase() === 'disable')) {
        report({ at: located.at, messageId: 'sslDisabled', data: { name, target }, value: located.value });
      }
    });
  },
});
