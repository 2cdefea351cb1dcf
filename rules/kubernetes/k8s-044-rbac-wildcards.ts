import { defineRule } from '../api';
import { rbacRules } from '../shared/kubernetes-objects';

const fields = ['verbs', 'resources', 'apiGroups'] as const;

export default defineRule({
  id: 'K8S-044',
  title: 'RBAC roles must not grant wildcard verbs, resources or API groups',
  target: 'kubernetes',
  severity: 'high',
  preset: 'recommended',
  workloads: true,
  requirements: ['1.3'],
  frameworks: {
    iso27001: ['A.5.15', 'A.8.2'],
    nist80053: ['AC-6', 'AC-6(7)'],
    cis: ['CIS Kubernetes Benchmark v1.12.0 5.1.3'],
  },
  docs: {
    rationale:
      'A `*` grants every verb, resource or API group that exists, including those added later by new Kubernetes ' +
      'versions and custom resources: the role silently grows, and `*` on resources includes Secrets.',
    remediation: 'List the verbs, resources and API groups the subject needs, e.g. `verbs: ["get", "list", "watch"]`.',
  },
  messages: {
    wildcard: '{{kind}} "{{name}}" grants "*" in {{field}}: every {{what}}, present and future.',
  },
  examples: {
    bad:
      'apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: deployer\nrules:\n' +
      '- apiGroups: ["apps"]\n  resources: ["deployments"]\n  verbs: ["*"]\n',
    good:
      'apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: deployer\nrules:\n' +
      '- apiGroups: ["apps"]\n  resources: ["deployments"]\n  verbs: ["get", "list", "watch", "update", "patch"]\n',
  },
  check({ file, report }) {
    const what = { verbs: 'verb', resources: 'resource', apiGroups: 'API group' };
    for (const rule of rbacRules(file)) {
      for (const field of fields) {
        const star = rule[field].find((item) => item.string() === '*');
        if (!star) continue;
        const data = { kind: rule.role.kind, name: rule.role.name ?? '(unnamed)', field, what: what[field] };
        report({ at: star.range, messageId: 'wildcard', data });
      }
    }
  },
});
