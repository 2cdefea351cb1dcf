import { defineRule, replace } from '../api';
import { objectsOfKind } from '../shared/kubernetes-objects';

/** Kinds whose `spec.revisionHistoryLimit` keeps the old revisions a rollback returns to. */
const rolloutKinds: readonly [string, readonly string[]][] = [
  ['Deployment', ['apps', 'extensions']],
  ['StatefulSet', ['apps']],
  ['DaemonSet', ['apps', 'extensions']],
  ['Rollout', ['argoproj.io']],
];

export default defineRule({
  id: 'K8S-024',
  title: 'Keep old revisions of workloads for rollback',
  target: 'kubernetes',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['8.3'],
  frameworks: { iso27001: ['A.8.32'], nist80053: ['CM-2(3)', 'CP-10'] },
  docs: {
    rationale:
      'A rollback returns a workload to one of the revisions its controller keeps (old ReplicaSets of a Deployment, ' +
      'ControllerRevisions of a StatefulSet or DaemonSet). `revisionHistoryLimit: 0` deletes them as soon as a rollout ' +
      'finishes, so `kubectl rollout undo` has nothing to return to: a broken or vulnerable release can only be fixed ' +
      'forward, by a new deployment, while it is down. The default keeps 10.',
    remediation: 'Remove `revisionHistoryLimit: 0`, or set it to 2 or more.',
    links: [{ title: 'Kubernetes: revision history limit', url: 'https://kubernetes.io/docs/concepts/workloads/controllers/deployment/#revision-history-limit' }],
  },
  messages: {
    noHistory: '{{kind}} "{{name}}" sets revisionHistoryLimit: 0, so no old revision is kept to roll back to.',
  },
  examples: {
    bad: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  revisionHistoryLimit: 0\n',
    good: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  revisionHistoryLimit: 3\n',
  },
  check({ file, report }) {
    for (const [kind, groups] of rolloutKinds) {
      for (const workload of objectsOfKind(file, kind, groups)) {
        const limit = workload.root.get('spec', 'revisionHistoryLimit');
        if (!limit || limit.int() !== 0) continue;
        report({
          at: limit.range,
          messageId: 'noHistory',
          data: { kind, name: workload.name ?? '(unnamed)' },
          // A suggestion: the controller then keeps more objects, which the author may have meant to avoid.
          suggest: [replace(limit.range, '2', 'Keep 2 old revisions')],
        });
      }
    }
  },
});
