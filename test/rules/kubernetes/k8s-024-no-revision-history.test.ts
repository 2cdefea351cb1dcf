import rule from '../../../rules/kubernetes/k8s-024-no-revision-history';
import { ruleTester } from '../../helpers/rule-tester';

const workload = (apiVersion: string, kind: string, limit: string) =>
  `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: web\nspec:\n  revisionHistoryLimit: ${limit}\n  template:\n    spec:\n      containers:\n      - name: web\n        image: nginx:1.27\n`;

ruleTester(rule, {
  good: [
    { name: 'a few revisions', code: workload('apps/v1', 'Deployment', '3') },
    { name: 'one revision', code: workload('apps/v1', 'StatefulSet', '1') },
    { name: 'no limit: the default of 10', code: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 2\n' },
    { name: 'templated limit', code: workload('apps/v1', 'Deployment', '"{{ .Values.revisionHistoryLimit }}"') },
    { name: 'a kind of another group', code: workload('example.com/v1', 'Deployment', '0') },
    { name: 'a Job has no revisions', code: workload('batch/v1', 'Job', '0') },
  ],
  bad: [
    {
      name: 'Deployment',
      code: workload('apps/v1', 'Deployment', '0'),
      findings: [{ messageId: 'noHistory', line: 6, column: 25, endColumn: 26, severity: 'medium', suggestions: [{ title: 'Keep 2 old revisions', output: workload('apps/v1', 'Deployment', '2') }] }],
    },
    { name: 'StatefulSet', code: workload('apps/v1', 'StatefulSet', '0'), findings: [{ messageId: 'noHistory', line: 6 }] },
    { name: 'DaemonSet of extensions/v1beta1', code: workload('extensions/v1beta1', 'DaemonSet', '0'), findings: [{ messageId: 'noHistory', line: 6 }] },
    { name: 'Argo Rollout', code: workload('argoproj.io/v1alpha1', 'Rollout', '0'), findings: [{ messageId: 'noHistory', line: 6 }] },
    {
      name: 'second document',
      code: `apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n---\n${workload('apps/v1', 'Deployment', '0  # keep none')}`,
      findings: [{ messageId: 'noHistory', line: 11, column: 25, endColumn: 26 }],
    },
  ],
});
