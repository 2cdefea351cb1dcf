import rule from '../../../rules/kubernetes/k8s-023-namespace-pod-security';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(rule, {
  good: [
    { name: 'restricted', code: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n  labels:\n    pod-security.kubernetes.io/enforce: restricted\n' },
    { name: 'baseline with a version', code: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n  labels:\n    pod-security.kubernetes.io/enforce: baseline\n    pod-security.kubernetes.io/enforce-version: v1.34\n' },
    { name: 'kube-system without a label', code: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: kube-system\n' },
    { name: 'kube-system privileged', code: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: kube-system\n  labels:\n    pod-security.kubernetes.io/enforce: privileged\n' },
    { name: 'templated labels', code: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n  labels: "{{ .Values.labels }}"\n' },
    { name: 'templated level', code: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n  labels:\n    pod-security.kubernetes.io/enforce: "{{ .Values.level }}"\n' },
    { name: 'a Namespace kind of another group', code: 'apiVersion: example.com/v1\nkind: Namespace\nmetadata:\n  name: shop\n' },
    { name: 'unnamed namespace', code: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  labels:\n    team: shop\n' },
  ],
  bad: [
    {
      name: 'no labels at all',
      code: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n',
      findings: [
        {
          messageId: 'missing',
          line: 4,
          column: 9,
          endColumn: 13,
          severity: 'medium',
          suggestions: [
            {
              title: 'Set pod-security.kubernetes.io/enforce: restricted',
              output: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n  labels:\n    pod-security.kubernetes.io/enforce: restricted\n',
            },
          ],
        },
      ],
    },
    {
      name: 'other labels, four-space indentation',
      code: 'apiVersion: v1\nkind: Namespace\nmetadata:\n    name: shop\n    labels:\n        team: shop # owner\n',
      findings: [
        {
          messageId: 'missing',
          line: 4,
          column: 11,
          suggestions: [{ output: 'apiVersion: v1\nkind: Namespace\nmetadata:\n    name: shop\n    labels:\n        team: shop # owner\n        pod-security.kubernetes.io/enforce: restricted\n' }],
        },
      ],
    },
    {
      name: 'only warn and audit',
      code: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n  labels:\n    pod-security.kubernetes.io/warn: restricted\n    pod-security.kubernetes.io/audit: restricted\n',
      findings: [{ messageId: 'missing', line: 4 }],
    },
    {
      name: 'flow labels get no suggestion',
      code: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n  labels: {team: shop}\n',
      findings: [{ messageId: 'missing', line: 4, suggestions: [] }],
    },
    {
      name: 'empty labels key gets no suggestion',
      code: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n  labels:\n',
      findings: [{ messageId: 'missing', line: 4, suggestions: [] }],
    },
    {
      name: 'privileged outside the system namespaces',
      code: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: monitoring\n  labels:\n    pod-security.kubernetes.io/enforce: "privileged"\n',
      findings: [
        {
          messageId: 'privileged',
          line: 6,
          column: 41,
          endColumn: 53,
          suggestions: [{ output: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: monitoring\n  labels:\n    pod-security.kubernetes.io/enforce: restricted\n' }],
        },
      ],
    },
    {
      name: 'second document and an item of a List',
      code: `apiVersion: v1
kind: Namespace
metadata:
  name: kube-system
---
apiVersion: v1
kind: List
items:
- apiVersion: v1
  kind: Namespace
  metadata:
    name: jobs
`,
      findings: [
        {
          messageId: 'missing',
          line: 12,
          column: 11,
          endColumn: 15,
          suggestions: [
            {
              output: `apiVersion: v1
kind: Namespace
metadata:
  name: kube-system
---
apiVersion: v1
kind: List
items:
- apiVersion: v1
  kind: Namespace
  metadata:
    name: jobs
    labels:
      pod-security.kubernetes.io/enforce: restricted
`,
            },
          ],
        },
      ],
    },
  ],
});
