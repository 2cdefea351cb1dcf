import { defineRule } from '../api';

/** Kinds without a namespace, on which `namespace: default` means nothing. */
const clusterScoped = new Set([
  'Namespace', 'Node', 'PersistentVolume', 'ClusterRole', 'ClusterRoleBinding', 'CustomResourceDefinition', 'StorageClass',
  'PriorityClass', 'IngressClass', 'RuntimeClass', 'CSIDriver', 'CSINode', 'VolumeAttachment', 'APIService',
  'MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration', 'ValidatingAdmissionPolicy', 'ValidatingAdmissionPolicyBinding',
  'PodSecurityPolicy', 'ClusterIssuer',
]);

export default defineRule({
  id: 'K8S-027',
  title: 'Deploy into a namespace of the application, not default',
  target: 'kubernetes',
  severity: 'low',
  preset: 'strict',
  requirements: ['8.1'],
  frameworks: {
    iso27001: ['A.8.31'],
    nist80053: ['SC-32'],
    cis: ['CIS Kubernetes Benchmark v1.12.0 5.6.1', 'CIS Kubernetes Benchmark v1.12.0 5.6.4'],
  },
  docs: {
    rationale:
      'Namespaces are where RBAC, NetworkPolicies, resource quotas and Pod Security levels apply. Objects placed in ' +
      '`default` share it with whatever else lands there, including everything created without a namespace, so they ' +
      'cannot be given boundaries of their own. Only an explicit `namespace: default` is reported: a manifest without a ' +
      'namespace is applied to the one its deployment tool chooses.',
    remediation: 'Create a namespace for the application and set it in `metadata.namespace` (or in the deployment tool).',
  },
  messages: {
    defaultNamespace: '{{kind}} "{{name}}" is placed in the default namespace.',
  },
  examples: {
    bad: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\n  namespace: default\n',
    good: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\n  namespace: shop\n',
  },
  check({ file, report }) {
    for (const object of file.objects) {
      if (object.namespace?.trim() !== 'default' || clusterScoped.has(object.kind) || object.kind.endsWith('List')) continue;
      const namespace = object.root.get('metadata', 'namespace');
      if (!namespace) continue;
      report({ at: namespace.range, messageId: 'defaultNamespace', data: { kind: object.kind, name: object.name ?? '(unnamed)' } });
    }
  },
});
