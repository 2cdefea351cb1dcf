import { defineRule } from '../api';
import { isPartialPod, podServiceAccount, podSpecKeyRange } from '../shared/kubernetes-objects';

export default defineRule({
  id: 'K8S-051',
  title: 'Pods should run under a dedicated service account',
  target: 'kubernetes',
  severity: 'low',
  preset: 'strict',
  requirements: ['1.2'],
  frameworks: {
    iso27001: ['A.5.16', 'A.8.5'],
    nist80053: ['IA-9', 'AC-2'],
    cis: ['CIS Kubernetes Benchmark v1.12.0 5.1.5'],
  },
  docs: {
    rationale:
      'Every pod of a namespace that names no service account shares `default`: a permission granted to one of them ' +
      'is granted to all, and their API calls cannot be told apart in the audit log.',
    remediation: 'Create a ServiceAccount per workload and set `serviceAccountName` in its pod template.',
  },
  messages: {
    implicit: '{{kind}} "{{name}}" names no service account, so its pods run as the shared "default" one.',
    explicit: '{{kind}} "{{name}}" runs its pods as the shared "default" service account.',
  },
  examples: {
    bad: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.27\n',
    good:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  serviceAccountName: web\n  containers:\n  - name: web\n    image: nginx:1.27\n',
  },
  check({ file, report }) {
    for (const pod of file.podSpecs) {
      const data = { kind: pod.object.kind, name: pod.object.name ?? '(unnamed)' };
      const account = podServiceAccount(pod);
      const value = account?.value;
      if (value && value.string() !== 'default') continue;
      if (value) report({ at: value.range, messageId: 'explicit', data });
      else if (!isPartialPod(pod)) report({ at: podSpecKeyRange(pod), messageId: 'implicit', data });
    }
  },
});
