import { defineRule } from '../api';
import { rbacRules } from '../shared/kubernetes-objects';

const shellResources = new Set(['pods/exec', 'pods/attach']);

export default defineRule({
  id: 'K8S-053',
  title: 'RBAC roles should not grant a shell in pods',
  target: 'kubernetes',
  severity: 'medium',
  preset: 'strict',
  workloads: true,
  requirements: ['1.3'],
  frameworks: {
    iso27001: ['A.5.15', 'A.8.2'],
    nist80053: ['AC-6'],
    cis: [],
  },
  docs: {
    rationale:
      '`create` on `pods/exec` or `pods/attach` runs commands in running containers: the subject gets their files, ' +
      'their mounted Secrets and their service account token, whatever its own permissions.',
    remediation: 'Keep exec access to break-glass roles, bound for the time it is needed; debug with logs and ephemeral containers under review.',
  },
  messages: {
    exec: '{{kind}} "{{name}}" can create {{resource}}{{scope}}: commands in running containers, with their Secrets and tokens.',
  },
  examples: {
    bad:
      'apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: support\nrules:\n' +
      '- apiGroups: [""]\n  resources: ["pods/exec"]\n  verbs: ["create"]\n',
    good:
      'apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: support\nrules:\n' +
      '- apiGroups: [""]\n  resources: ["pods/log"]\n  verbs: ["get"]\n',
  },
  check({ file, report }) {
    for (const rule of rbacRules(file)) {
      if (rule.unknown) continue;
      const verbs = rule.verbs.map((verb) => verb.string());
      const groups = rule.apiGroups.map((group) => group.string());
      if (!verbs.includes('create') && !verbs.includes('*')) continue;
      if (!groups.includes('') && !groups.includes('*')) continue;
      for (const resource of rule.resources) {
        const value = resource.string();
        if (!value || !shellResources.has(value)) continue;
        const scope = rule.clusterWide ? ' in every namespace' : '';
        report({ at: resource.range, messageId: 'exec', data: { kind: rule.role.kind, name: rule.role.name ?? '(unnamed)', resource: value, scope } });
      }
    }
  },
});
