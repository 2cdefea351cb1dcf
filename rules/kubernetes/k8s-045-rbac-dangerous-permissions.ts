import { defineRule, type ObjectValue } from '../api';
import { rbacRules } from '../shared/kubernetes-objects';

const readVerbs = new Set(['get', 'list', 'watch', '*']);
const escalationVerbs = new Set(['escalate', 'bind', 'impersonate']);

const text = (items: readonly ObjectValue[]) => items.map((item) => item.string());

export default defineRule({
  id: 'K8S-045',
  title: 'RBAC roles must not read Secrets or grant escalate, bind or impersonate',
  target: 'kubernetes',
  severity: 'high',
  preset: 'recommended',
  workloads: true,
  requirements: ['1.3'],
  frameworks: {
    iso27001: ['A.5.15', 'A.5.18', 'A.8.2'],
    nist80053: ['AC-3', 'AC-6'],
    cis: ['CIS Kubernetes Benchmark v1.12.0 5.1.2', 'CIS Kubernetes Benchmark v1.12.0 5.1.8'],
  },
  docs: {
    rationale:
      'Reading Secrets reveals every credential in scope, service-account tokens included; `escalate` and `bind` let a ' +
      'subject grant itself permissions it lacks, and `impersonate` lets it act as any user, group or service account.',
    remediation:
      'Restrict Secret access to the named Secrets the workload needs (`resourceNames`) or mount them instead, and ' +
      'keep `escalate`, `bind` and `impersonate` to cluster administrators.',
  },
  messages: {
    readSecrets: '{{kind}} "{{name}}" can {{verbs}} Secrets{{scope}}, and so every credential they hold.',
    escalation: '{{kind}} "{{name}}" grants the "{{verb}}" verb, which bypasses RBAC\'s own limits.',
  },
  examples: {
    bad:
      'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: reader\nrules:\n' +
      '- apiGroups: [""]\n  resources: ["secrets"]\n  verbs: ["get", "list"]\n',
    good:
      'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: reader\nrules:\n' +
      '- apiGroups: [""]\n  resources: ["configmaps"]\n  verbs: ["get", "list"]\n',
  },
  check({ file, report }) {
    for (const rule of rbacRules(file)) {
      if (rule.unknown) continue;
      const base = { kind: rule.role.kind, name: rule.role.name ?? '(unnamed)' };
      const groups = text(rule.apiGroups);
      const verbs = text(rule.verbs).filter((verb): verb is string => verb !== undefined && readVerbs.has(verb));
      const secrets = rule.resources.find((item) => item.string() === 'secrets');
      // Named Secrets are the least-privilege form of access.
      if (secrets && verbs.length > 0 && rule.resourceNames.length === 0 && (groups.includes('') || groups.includes('*'))) {
        const scope = rule.clusterWide ? ' in every namespace' : '';
        report({
          at: secrets.range,
          messageId: 'readSecrets',
          data: { ...base, verbs: verbs.includes('*') ? 'do anything with' : verbs.join('/'), scope },
          severity: rule.clusterWide ? undefined : 'medium',
        });
      }
      for (const verb of rule.verbs) {
        const value = verb.string();
        if (value && escalationVerbs.has(value)) report({ at: verb.range, messageId: 'escalation', data: { ...base, verb: value } });
      }
    }
  },
});
