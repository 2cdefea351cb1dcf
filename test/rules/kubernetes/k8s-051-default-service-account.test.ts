import rule from '../../../rules/kubernetes/k8s-051-default-service-account';
import { ruleTester } from '../../helpers/rule-tester';

const containers = '  containers:\n  - name: web\n    image: nginx:1.27\n';
const pod = (spec: string) => 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n' + spec + containers;

ruleTester(rule, {
  good: [
    { name: 'dedicated account', code: pod('  serviceAccountName: web\n') },
    { name: 'deprecated serviceAccount field', code: pod('  serviceAccount: web\n') },
    { name: 'a patch without images', code: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n      - name: web\n        resources: {}\n' },
  ],
  bad: [
    { name: 'no service account', code: pod(''), findings: [{ messageId: 'implicit', line: 5, column: 1, endLine: 5, endColumn: 5, severity: 'low' }] },
    { name: 'explicit default', code: pod('  serviceAccountName: default\n'), findings: [{ messageId: 'explicit', line: 6, column: 23, endColumn: 30 }] },
    {
      name: 'CronJob job template',
      code: 'apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: report\nspec:\n  schedule: "@daily"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers:\n          - name: report\n            image: report:1.0\n',
      findings: [{ messageId: 'implicit', line: 10, column: 9, endColumn: 13 }],
    },
  ],
});
