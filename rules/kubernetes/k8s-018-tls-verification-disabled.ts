import { defineRule, remove, type WorkloadValue } from '../api';
import { onceAt } from '../shared/workload-rules';

/** Variables that switch off certificate checks, and whether a value does (undefined value: any value does). */
const switches: Record<string, ((value: string) => boolean) | undefined> = {
  NODE_TLS_REJECT_UNAUTHORIZED: (value) => value.trim() === '0',
  PYTHONHTTPSVERIFY: (value) => value.trim() === '0',
  GIT_SSL_NO_VERIFY: undefined,
  NPM_CONFIG_STRICT_SSL: (value) => value.trim().toLowerCase() === 'false',
  PIP_TRUSTED_HOST: undefined,
};

/** The variable's literal value; undefined when it comes from elsewhere (`valueFrom`) or is a placeholder. */
function literalValue(item: WorkloadValue): string | undefined {
  if (item.get('valueFrom')) return undefined;
  const value = item.get('value');
  if (!value) return '';
  const text = value.string();
  return text === undefined || text.includes('{{') || text.includes('$(') ? undefined : text;
}

export default defineRule({
  id: 'K8S-018',
  title: 'Containers must not disable TLS certificate verification',
  target: 'kubernetes',
  workloads: true,
  severity: 'medium',
  preset: 'recommended',
  requirements: ['3.2'],
  frameworks: {
    iso27001: ['A.8.24', 'A.5.14'],
    nist80053: ['SC-8', 'SC-23'],
  },
  docs: {
    rationale:
      'These variables make Node.js, Python, git, npm or pip accept any certificate: every TLS connection of the process ' +
      'can then be intercepted and altered without a warning.',
    remediation: 'Remove the variable and give the process the CA bundle it needs instead (`NODE_EXTRA_CA_CERTS`, `SSL_CERT_FILE`, `REQUESTS_CA_BUNDLE`, `GIT_SSL_CAINFO`).',
  },
  messages: {
    disabled: 'Container "{{name}}" sets {{variable}}, which turns off TLS certificate verification.',
  },
  examples: {
    bad:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: api\nspec:\n  containers:\n  - name: api\n    image: api:1.0\n' +
      '    env:\n    - name: NODE_TLS_REJECT_UNAUTHORIZED\n      value: "0"\n',
    good:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: api\nspec:\n  containers:\n  - name: api\n    image: api:1.0\n' +
      '    env:\n    - name: NODE_EXTRA_CA_CERTS\n      value: /etc/ssl/internal-ca.pem\n',
  },
  check({ file, report }) {
    const first = onceAt();
    for (const container of file.containers) {
      for (const item of container.field('env')?.value?.items() ?? []) {
        const nameValue = item.get('name');
        // npm reads its configuration variables in any case.
        const variable = nameValue?.string()?.trim();
        const key = variable === undefined ? undefined : variable.startsWith('npm_') ? variable.toUpperCase() : variable;
        if (!nameValue || key === undefined || !Object.prototype.hasOwnProperty.call(switches, key)) continue;
        const value = literalValue(item);
        if (value === undefined) continue;
        const test = switches[key];
        if (test && !test(value)) continue;
        if (!first(nameValue.range)) continue;
        // A suggestion: the process may then fail on a private CA until it is given the bundle.
        const line = file.itemLineRange(item);
        report({
          at: nameValue.range,
          messageId: 'disabled',
          data: { name: container.name ?? '(unnamed)', variable: value === '' ? variable! : `${variable}=${value}` },
          suggest: line ? [remove(line, `Remove ${variable}`)] : [],
          value: nameValue,
        });
      }
    }
  },
});
