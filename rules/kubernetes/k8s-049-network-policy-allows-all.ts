import { defineRule, type ObjectValue } from '../api';
import { objectsOfKind } from '../shared/kubernetes-objects';

const world = new Set(['0.0.0.0/0', '::/0']);
const directions = [
  { field: 'ingress', peers: 'from', noun: 'source' },
  { field: 'egress', peers: 'to', noun: 'destination' },
] as const;

export default defineRule({
  id: 'K8S-049',
  title: 'NetworkPolicies must not allow all traffic',
  target: 'kubernetes',
  severity: 'medium',
  preset: 'recommended',
  workloads: true,
  requirements: ['2.2'],
  frameworks: {
    iso27001: ['A.8.20', 'A.8.22'],
    nist80053: ['SC-7', 'SC-7(5)', 'AC-4'],
    cis: ['CIS Kubernetes Benchmark v1.12.0 5.3.2'],
  },
  docs: {
    rationale:
      'A NetworkPolicy rule with neither peers nor ports (`- {}`) allows every source or destination on every port, and ' +
      'an `ipBlock` of `0.0.0.0/0` allows the whole internet: the policy looks like isolation and provides none.',
    remediation:
      'Name the peers (`podSelector`, `namespaceSelector`, narrow `ipBlock` ranges) and the ports each rule needs, on top ' +
      'of a default-deny policy for the namespace.',
  },
  messages: {
    allowAll: 'NetworkPolicy "{{name}}" has an {{field}} rule that allows every {{noun}} on every port.',
    worldBlock: 'NetworkPolicy "{{name}}" allows {{field}} traffic {{preposition}} {{cidr}}, the whole internet.',
  },
  examples: {
    bad:
      'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: api\nspec:\n  podSelector: {}\n' +
      '  policyTypes: [Ingress]\n  ingress:\n  - {}\n',
    good:
      'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: api\nspec:\n  podSelector: {}\n' +
      '  policyTypes: [Ingress]\n  ingress:\n  - from:\n    - podSelector: {matchLabels: {app: web}}\n',
  },
  check({ file, report }) {
    for (const policy of objectsOfKind(file, 'NetworkPolicy', ['networking.k8s.io'])) {
      const name = policy.name ?? '(unnamed)';
      for (const { field, peers, noun } of directions) {
        for (const rule of policy.root.get('spec', field)?.items() ?? []) {
          if (!rule.isMap || rule.get(peers)?.isUnknown || rule.get('ports')?.isUnknown) continue;
          const peerList: readonly ObjectValue[] = rule.get(peers)?.items() ?? [];
          const ports = rule.get('ports')?.items() ?? [];
          if (peerList.length === 0 && ports.length === 0) {
            // Open egress is the usual first step before a default deny: worth a look, not an alarm.
            const severity = field === 'egress' ? 'low' : undefined;
            report({ at: rule.range, messageId: 'allowAll', data: { name, field, noun }, severity });
            continue;
          }
          for (const peer of peerList) {
            const cidr = peer.get('ipBlock', 'cidr');
            const value = cidr?.string()?.trim();
            if (!cidr || !value || !world.has(value) || (peer.get('ipBlock', 'except')?.items().length ?? 0) > 0 || peer.get('ipBlock', 'except')?.isUnknown) continue;
            const preposition = field === 'ingress' ? 'from' : 'to';
            report({ at: cidr.range, messageId: 'worldBlock', data: { name, field, preposition, cidr: value } });
          }
        }
      }
    }
  },
});
