import { defineRule, type Severity } from '../api';
import { rbacGroup } from '../shared/kubernetes-objects';

/** Groups that everyone, or every caller, belongs to, and the group that bypasses RBAC. */
const broadGroups: Readonly<Record<string, { who: string; severity: Severity }>> = {
  'system:anonymous': { who: 'unauthenticated requests', severity: 'critical' },
  'system:unauthenticated': { who: 'unauthenticated requests', severity: 'critical' },
  'system:authenticated': { who: 'every authenticated user and service account', severity: 'medium' },
  'system:masters': { who: 'members that bypass RBAC', severity: 'critical' },
};

export default defineRule({
  id: 'K8S-046',
  title: 'RBAC bindings must not grant cluster-admin or bind everyone',
  target: 'kubernetes',
  severity: 'critical',
  preset: 'recommended',
  workloads: true,
  requirements: ['1.3'],
  frameworks: {
    iso27001: ['A.5.15', 'A.5.18', 'A.8.2'],
    nist80053: ['AC-3', 'AC-6'],
    cis: ['CIS Kubernetes Benchmark v1.12.0 5.1.1'],
  },
  docs: {
    rationale:
      '`cluster-admin` is every permission on every resource; a binding to `system:anonymous` or `system:unauthenticated` ' +
      'gives its role to anyone who can reach the API server, and `system:authenticated` to every account of the cluster.',
    remediation:
      'Bind a role with the permissions the subject needs, to a named user, group or service account, and reserve ' +
      '`cluster-admin` to break-glass access.',
  },
  messages: {
    clusterAdmin: '{{kind}} "{{name}}" grants cluster-admin: every permission on every resource{{scope}}.',
    broadSubject: '{{kind}} "{{name}}" binds {{group}}: {{who}} get the role "{{role}}".',
  },
  examples: {
    bad:
      'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata:\n  name: ci\nroleRef:\n' +
      '  apiGroup: rbac.authorization.k8s.io\n  kind: ClusterRole\n  name: cluster-admin\nsubjects:\n' +
      '- kind: ServiceAccount\n  name: ci\n  namespace: ci\n',
    good:
      'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata:\n  name: ci\nroleRef:\n' +
      '  apiGroup: rbac.authorization.k8s.io\n  kind: ClusterRole\n  name: ci-deployer\nsubjects:\n' +
      '- kind: ServiceAccount\n  name: ci\n  namespace: ci\n',
  },
  check({ file, report }) {
    for (const binding of file.objects) {
      if (binding.group !== rbacGroup || (binding.kind !== 'RoleBinding' && binding.kind !== 'ClusterRoleBinding')) continue;
      const base = { kind: binding.kind, name: binding.name ?? '(unnamed)' };
      const roleName = binding.root.get('roleRef', 'name');
      const role = roleName?.string();
      if (roleName && role === 'cluster-admin' && binding.root.get('roleRef', 'kind')?.string() === 'ClusterRole') {
        const scope = binding.kind === 'RoleBinding' ? ' of the namespace' : ' of the cluster';
        report({ at: roleName.range, messageId: 'clusterAdmin', data: { ...base, scope } });
      }
      for (const subject of binding.root.get('subjects')?.items() ?? []) {
        const kind = subject.get('kind')?.string();
        const name = subject.get('name');
        const group = name?.string();
        if (!name || !group || (kind !== 'Group' && kind !== 'User') || !Object.prototype.hasOwnProperty.call(broadGroups, group)) continue;
        const { who, severity } = broadGroups[group];
        report({ at: name.range, messageId: 'broadSubject', data: { ...base, group, who, role: role ?? '(unnamed)' }, severity });
      }
    }
  },
});
