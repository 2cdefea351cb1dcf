import { defineRule, replace, type Fix, type KubernetesObject } from '../api';
import { insertIntoMap, isTemplated, objectsOfKind } from '../shared/kubernetes-objects';

const enforceLabel = 'pod-security.kubernetes.io/enforce';

/** Namespaces of the control plane and node agents, which run privileged by design. */
const systemNamespaces = new Set(['kube-system', 'kube-public', 'kube-node-lease']);

/** Where to report a label the namespace lacks: its name, else the `metadata` key, else the object. */
function anchorOf(namespace: KubernetesObject) {
  const metadata = namespace.root.entry('metadata');
  const name = metadata?.value?.entry('name')?.value;
  return name && !name.isNull ? name.range : (metadata?.keyRange ?? namespace.range);
}

export default defineRule({
  id: 'K8S-023',
  title: 'Namespaces should enforce a Pod Security Standard',
  target: 'kubernetes',
  severity: 'medium',
  preset: 'strict',
  requirements: ['4.3'],
  frameworks: { iso27001: ['A.8.2', 'A.8.9'], nist80053: ['AC-6', 'CM-7'], cis: ['CIS Kubernetes Benchmark v1.12.0 5.2.1'] },
  docs: {
    rationale:
      'Pod Security Admission rejects pods that break the standard a namespace enforces: privileged containers, host ' +
      'namespaces and paths, added capabilities, root users. Without a `pod-security.kubernetes.io/enforce` label the ' +
      'cluster default applies, which is `privileged` (nothing is rejected) unless the API server is configured otherwise; ' +
      '`enforce: privileged` turns the check off explicitly. The control-plane namespaces (`kube-system`, `kube-public`, ' +
      '`kube-node-lease`) are not reported. Templated labels are not judged.',
    remediation:
      'Label the namespace `pod-security.kubernetes.io/enforce: restricted` (or `baseline` where workloads need more), after ' +
      'checking its workloads with the same level in `warn` or `audit` mode.',
    links: [{ title: 'Kubernetes: Pod Security Admission', url: 'https://kubernetes.io/docs/concepts/security/pod-security-admission/' }],
  },
  messages: {
    missing: 'Namespace "{{name}}" has no {{label}} label, so Pod Security Admission applies the cluster default (privileged unless configured).',
    privileged: 'Namespace "{{name}}" enforces the privileged Pod Security Standard: any pod is admitted, privileged containers included.',
  },
  examples: {
    bad: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n',
    good: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n  labels:\n    pod-security.kubernetes.io/enforce: restricted\n',
  },
  check({ file, report }) {
    for (const namespace of objectsOfKind(file, 'Namespace')) {
      const name = namespace.name;
      if (name === undefined || systemNamespaces.has(name)) continue;
      const metadata = namespace.root.get('metadata');
      const labels = metadata?.get('labels');
      const enforce = labels?.get(enforceLabel);
      const data = { name, label: enforceLabel };
      // A suggestion: pods that break the standard are then rejected.
      const title = `Set ${enforceLabel}: restricted`;
      if (enforce && !enforce.isNull) {
        if (enforce.string()?.trim() !== 'privileged') continue;
        report({ at: enforce.range, messageId: 'privileged', data, suggest: [replace(enforce.range, 'restricted', title)] });
        continue;
      }
      // Labels written by a template or another tool cannot be judged absent.
      if (!metadata?.isMap || isTemplated(file, namespace)) continue;
      const suggest: Fix[] = [];
      const edit = insertIntoMap(file, metadata, 'labels', enforceLabel, 'restricted');
      if (edit) suggest.push({ title, edits: [edit] });
      report({ at: anchorOf(namespace), messageId: 'missing', data, suggest });
    }
  },
});
