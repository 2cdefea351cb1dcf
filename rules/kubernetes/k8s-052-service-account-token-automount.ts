import { defineRule, replace, type Fix, type KubernetesFile, type PodSpec } from '../api';
import { isPartialPod, objectsOfKind, podServiceAccount, podSpecKeyRange } from '../shared/kubernetes-objects';

/** True when a ServiceAccount of the file, the one the pod runs as, turns the token off. */
function accountDisablesToken(file: KubernetesFile, pod: PodSpec): boolean {
  const name = podServiceAccount(pod)?.value?.string() ?? 'default';
  const namespace = pod.object.namespace;
  return objectsOfKind(file, 'ServiceAccount').some(
    (account) =>
      account.name === name &&
      (account.namespace === undefined || namespace === undefined || account.namespace === namespace) &&
      account.root.get('automountServiceAccountToken')?.bool() === false,
  );
}

export default defineRule({
  id: 'K8S-052',
  title: 'Pods should not mount a service account token they do not use',
  target: 'kubernetes',
  severity: 'medium',
  preset: 'strict',
  requirements: ['1.2', '1.3'],
  frameworks: {
    iso27001: ['A.5.17', 'A.8.2'],
    nist80053: ['AC-6', 'IA-5'],
    cis: ['CIS Kubernetes Benchmark v1.12.0 5.1.6'],
  },
  docs: {
    rationale:
      'Unless it is turned off, every container gets a token of its service account at ' +
      '`/var/run/secrets/kubernetes.io/serviceaccount`: code execution in any of them becomes an authenticated API client ' +
      'with whatever that account was granted.',
    remediation:
      'Set `automountServiceAccountToken: false` in the pod spec (or on its ServiceAccount) of workloads that do not call ' +
      'the Kubernetes API; mount a projected token only where one is needed.',
  },
  messages: {
    enabled: '{{kind}} "{{name}}" sets automountServiceAccountToken: true, mounting an API token in every container.',
    notDisabled:
      '{{kind}} "{{name}}" mounts an API token in every container: neither the pod nor its ServiceAccount sets automountServiceAccountToken: false.',
  },
  examples: {
    bad: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.27\n',
    good:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  automountServiceAccountToken: false\n  containers:\n' +
      '  - name: web\n    image: nginx:1.27\n',
  },
  check({ file, report }) {
    for (const pod of file.podSpecs) {
      const data = { kind: pod.object.kind, name: pod.object.name ?? '(unnamed)' };
      const automount = pod.field('automountServiceAccountToken')?.value;
      const value = automount?.bool();
      if (value === false || (automount && value === undefined)) continue;
      // A suggestion: a workload that calls the API stops working without its token.
      if (automount) {
        report({ at: automount.range, messageId: 'enabled', data, suggest: [replace(automount.range, 'false', 'Set automountServiceAccountToken: false')] });
        continue;
      }
      if (isPartialPod(pod) || accountDisablesToken(file, pod)) continue;
      const suggest: Fix[] = [];
      const edit = file.insertEntry(pod.node, 'automountServiceAccountToken', 'false');
      if (edit) suggest.push({ title: 'Set automountServiceAccountToken: false', edits: [edit] });
      report({ at: podSpecKeyRange(pod), messageId: 'notDisabled', data, suggest });
    }
  },
});
