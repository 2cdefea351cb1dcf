import rule from '../../../rules/kubernetes/k8s-027-default-namespace';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(rule, {
  good: [
    { name: 'own namespace', code: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\n  namespace: shop\n' },
    { name: 'no namespace', code: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\n' },
    { name: 'cluster-scoped kind', code: 'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: reader\n  namespace: default\n' },
    { name: 'namespace named like default', code: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\n  namespace: default-shop\n' },
  ],
  bad: [
    {
      name: 'Deployment in default',
      code: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: "default"\nspec:\n  replicas: 1\n',
      findings: [{ messageId: 'defaultNamespace', line: 5, column: 14, endColumn: 23, severity: 'low' }],
    },
    {
      name: 'item of a List in the second document',
      code: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n---\napiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Service\n  metadata:\n    name: web\n    namespace: default\n',
      findings: [{ messageId: 'defaultNamespace', line: 13, column: 16, endColumn: 23 }],
    },
  ],
});
