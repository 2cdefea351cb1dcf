import { defineRule, type WorkloadValue } from '../api';
import { onceAt } from '../shared/workload-rules';

/** `Secret "api-db"`, or `a Secret` when the name is known only after apply. */
function secretName(name: WorkloadValue | undefined): string {
  const text = name?.string();
  return text === undefined ? 'a Secret' : `Secret "${text}"`;
}

export default defineRule({
  id: 'K8S-026',
  title: 'Prefer Secrets mounted as files to environment variables',
  target: 'kubernetes',
  workloads: true,
  severity: 'low',
  preset: 'strict',
  requirements: ['3.3'],
  frameworks: { iso27001: ['A.5.17'], nist80053: ['IA-5(6)'], cis: ['CIS Kubernetes Benchmark v1.12.0 5.4.1'] },
  docs: {
    rationale:
      'A Secret read into an environment variable (`env[].valueFrom.secretKeyRef`, `envFrom[].secretRef`) is visible to every ' +
      'process of the container and inherited by its children, ends up in crash reports, debug endpoints and logs that dump ' +
      'the environment, and keeps its old value until the pod restarts. A Secret mounted as a volume is a file only the ' +
      'process that opens it reads, and the kubelet refreshes it when the Secret changes.',
    remediation:
      'Mount the Secret as a volume (`volumes[].secret` with `volumeMounts`, read-only) and have the application read the ' +
      'file; keep environment variables for configuration that is not secret.',
  },
  messages: {
    secretKey: 'Environment variable "{{name}}" of container "{{container}}" holds key "{{key}}" of {{secret}}: mount the Secret as a file instead.',
    secretAll: 'Container "{{container}}" loads every key of {{secret}} into its environment: mount the Secret as a file instead.',
  },
  examples: {
    bad:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: api\nspec:\n  containers:\n  - name: api\n    image: api:1.2\n' +
      '    env:\n    - name: DB_PASSWORD\n      valueFrom:\n        secretKeyRef: {name: api-db, key: password}\n',
    good:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: api\nspec:\n  containers:\n  - name: api\n    image: api:1.2\n' +
      '    volumeMounts:\n    - {name: db, mountPath: /run/secrets/db, readOnly: true}\n  volumes:\n  - name: db\n    secret: {secretName: api-db}\n',
  },
  check({ file, report }) {
    const first = onceAt();
    for (const container of file.containers) {
      const name = container.name ?? '(unnamed)';
      for (const variable of container.field('env')?.value?.items() ?? []) {
        const ref = variable.get('valueFrom', 'secretKeyRef');
        const variableName = variable.get('name');
        const key = ref?.get('key')?.string();
        if (!ref || key === undefined || !variableName?.string() || !first(variableName.range)) continue;
        report({
          at: variableName.range,
          messageId: 'secretKey',
          data: { name: variableName.string()!, container: name, key, secret: secretName(ref.get('name')) },
        });
      }
      for (const source of container.field('envFrom')?.value?.items() ?? []) {
        const secret = source.get('secretRef', 'name');
        if (!secret || !first(secret.range)) continue;
        report({ at: secret.range, messageId: 'secretAll', data: { container: name, secret: secretName(secret) } });
      }
    }
  },
});
