import rule from '../../../rules/kubernetes/k8s-015-empty-dir-size-limit';
import { ruleTester } from '../../helpers/rule-tester';

const pod = (volumes: string) =>
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: web:1.0\n  volumes:\n' + volumes;

ruleTester(rule, {
  good: [
    { name: 'size limit set', code: pod('  - name: tmp\n    emptyDir:\n      sizeLimit: 500Mi\n') },
    { name: 'other volume kinds', code: pod('  - name: cfg\n    configMap: {name: web}\n') },
  ],
  bad: [
    {
      name: 'empty emptyDir, and a memory one',
      code: pod('  - name: tmp\n    emptyDir: {}\n  - name: shm\n    emptyDir:\n      medium: Memory\n'),
      findings: [
        { messageId: 'noSizeLimit', line: 11, column: 15, endColumn: 17, severity: 'low' },
        { messageId: 'noSizeLimit', line: 14, column: 7, endColumn: 21 },
      ],
    },
  ],
});

ruleTester(rule, {
  good: [],
  bad: [{
    name: 'terraform: empty_dir without size_limit',
    filename: 'main.tf',
    code: 'resource "kubernetes_pod_v1" "web" {\n  metadata {\n    name = "web"\n  }\n  spec {\n    container {\n      name  = "web"\n      image = "web:1.0"\n    }\n    volume {\n      name = "tmp"\n      empty_dir {}\n    }\n  }\n}\n',
    findings: [{ messageId: 'noSizeLimit', line: 12, column: 7, endColumn: 16 }],
  }],
});
