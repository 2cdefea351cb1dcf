import { describe, expect, it } from 'vitest';
import rule from '../../../rules/kubernetes/k8s-007-privilege-escalation';
import { applyFixes } from '../../../server/src/engine/fix';
import { parseSource } from '../../../server/src/parsers';
import { lintWith, ruleTester } from '../../helpers/rule-tester';

const header = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n';
const cronJob = `apiVersion: v1
kind: ConfigMap
metadata:
  name: cfg
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: report
spec:
  schedule: "@daily"
  jobTemplate:
    spec:
      template:
        spec:
          initContainers:
          - name: fetch
            image: fetch:1.0
            securityContext:
              allowPrivilegeEscalation: false
          containers:
          - name: report
            image: report:2.0
`;
const pod = (container: string) => header + '  containers:\n  - name: web\n    image: web:1.0\n' + container;

ruleTester(rule, {
  good: [
    { name: 'allowPrivilegeEscalation false', code: pod('    securityContext:\n      allowPrivilegeEscalation: false\n') },
    { name: 'privileged container is reported by K8S-001 only', code: pod('    securityContext:\n      privileged: true\n') },
    { name: 'Windows pod', code: header + '  os: {name: windows}\n  containers:\n  - name: iis\n    image: iis:2022\n' },
    { name: 'patch fragment without image', code: header + '  containers:\n  - name: web\n    env:\n    - {name: MODE, value: prod}\n' },
    { name: 'quoted value is unknown', code: pod('    securityContext:\n      allowPrivilegeEscalation: "true"\n') },
    {
      name: 'Helm template is not linted',
      filename: 'chart/templates/pod.yaml',
      code: header + '  containers:\n  - name: {{ .Values.name }}\n    image: web:1.0\n',
    },
  ],
  bad: [
    {
      name: 'absent: securityContext created with the file indentation',
      code: 'apiVersion: v1\nkind: Pod\nmetadata:\n    name: web\nspec:\n    containers:\n        - name: web\n          image: web:1.0\n',
      findings: [{
        messageId: 'unset', line: 7, column: 17, endColumn: 20, severity: 'medium',
        output: 'apiVersion: v1\nkind: Pod\nmetadata:\n    name: web\nspec:\n    containers:\n        - name: web\n          image: web:1.0\n          securityContext:\n              allowPrivilegeEscalation: false\n',
      }],
    },
    {
      name: 'absent from an existing securityContext, comments kept',
      code: pod('    # hardened\n    securityContext:\n      runAsNonRoot: true # kubelet checks the image user\n    ports:\n    - containerPort: 8080\n'),
      findings: [{
        messageId: 'unset', line: 7, column: 11,
        output: pod('    # hardened\n    securityContext:\n      runAsNonRoot: true # kubelet checks the image user\n      allowPrivilegeEscalation: false\n    ports:\n    - containerPort: 8080\n'),
      }],
    },
    {
      name: 'flow-style securityContext keeps its style',
      code: pod('    securityContext: {runAsNonRoot: true}\n'),
      findings: [{ messageId: 'unset', line: 7, column: 11, output: pod('    securityContext: {runAsNonRoot: true, allowPrivilegeEscalation: false}\n') }],
    },
    {
      name: 'empty flow securityContext',
      code: pod('    securityContext: {}\n'),
      findings: [{ messageId: 'unset', line: 7, column: 11, output: pod('    securityContext: {allowPrivilegeEscalation: false}\n') }],
    },
    {
      name: 'flow-style container',
      code: header + '  containers: [{name: web, image: "web:1.0"}]\n',
      findings: [{
        messageId: 'unset', line: 6, column: 23, endColumn: 26,
        output: header + '  containers: [{name: web, image: "web:1.0", securityContext: {allowPrivilegeEscalation: false}}]\n',
      }],
    },
    {
      name: 'anchored securityContext: the anchor takes the fix, its alias has none',
      code: header + '  containers:\n  - name: web\n    image: web:1.0\n    securityContext: &hardened\n      runAsNonRoot: true\n  - name: log\n    image: log:1.0\n    securityContext: *hardened\n',
      findings: [
        {
          messageId: 'unset', line: 7, column: 11,
          output: header + '  containers:\n  - name: web\n    image: web:1.0\n    securityContext: &hardened\n      runAsNonRoot: true\n      allowPrivilegeEscalation: false\n  - name: log\n    image: log:1.0\n    securityContext: *hardened\n',
        },
        { messageId: 'unset', line: 11, column: 11 },
      ],
    },
    {
      name: 'explicit true, with a suggestion',
      code: pod('    securityContext:\n      allowPrivilegeEscalation: true\n'),
      findings: [{
        messageId: 'allowed', line: 10, column: 33, endColumn: 37,
        suggestions: [{ title: 'Set allowPrivilegeEscalation: false', output: pod('    securityContext:\n      allowPrivilegeEscalation: false\n') }],
      }],
    },
    {
      name: 'SYS_ADMIN with allowPrivilegeEscalation true: no edit the API would accept',
      code: pod('    securityContext:\n      allowPrivilegeEscalation: true\n      capabilities:\n        add: [SYS_ADMIN]\n'),
      findings: [{ messageId: 'allowed', line: 10, column: 33, suggestions: [] }],
    },
    {
      name: 'CAP_SYS_ADMIN forces escalation when the field is absent',
      code: pod('    securityContext:\n      capabilities:\n        add: ["cap_sys_admin"]\n'),
      findings: [{ messageId: 'forcedBySysAdmin', line: 11, column: 15, endColumn: 30 }],
    },
    {
      name: 'pod-level allowPrivilegeEscalation is not a field and does not count',
      code: header + '  securityContext:\n    allowPrivilegeEscalation: false\n  containers:\n  - name: web\n    image: web:1.0\n',
      findings: [{ messageId: 'unset', line: 9, column: 11, output: header + '  securityContext:\n    allowPrivilegeEscalation: false\n  containers:\n  - name: web\n    image: web:1.0\n    securityContext:\n      allowPrivilegeEscalation: false\n' }],
    },
    {
      name: 'every container list of a CronJob, in a multi-document file',
      code: cronJob,
      findings: [{
        messageId: 'unset', line: 22, column: 19, endColumn: 25,
        output: cronJob + '            securityContext:\n              allowPrivilegeEscalation: false\n',
      }],
    },
    {
      name: 'items of a List',
      code: 'apiVersion: v1\nkind: List\nitems:\n- apiVersion: apps/v1\n  kind: Deployment\n  metadata:\n    name: web\n  spec:\n    template:\n      spec:\n        containers:\n        - name: web\n          image: web:1.0\n',
      findings: [{
        messageId: 'unset', line: 12, column: 17,
        output: 'apiVersion: v1\nkind: List\nitems:\n- apiVersion: apps/v1\n  kind: Deployment\n  metadata:\n    name: web\n  spec:\n    template:\n      spec:\n        containers:\n        - name: web\n          image: web:1.0\n          securityContext:\n            allowPrivilegeEscalation: false\n',
      }],
    },
  ],
});

describe('K8S-007 fixes in a file with a broken document', () => {
  const broken = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: bad\nspec:\n  containers: [\n---\n' + pod('');
  it('reports the valid document and fixes it, leaving the broken one as it was', async () => {
    const { file, findings } = lintWith(rule, broken);
    expect(findings.filter((f) => f.ruleId === 'K8S-007').map((f) => f.range.start.line + 1)).toEqual([14]);
    const outcome = await applyFixes(file, findings, (text) => parseSource('manifest.yaml', text)!);
    expect(outcome.output).toBe(broken + '    securityContext:\n      allowPrivilegeEscalation: false\n');
  });
  it('refuses a fix whose result would not parse', async () => {
    const { file, findings } = lintWith(rule, pod(''));
    const fix = findings[0].fix!;
    const spoiled = [{ ...findings[0], fix: { ...fix, edits: [{ ...fix.edits[0], newText: fix.edits[0].newText + '\n  - [' }] } }];
    const outcome = await applyFixes(file, spoiled, (text) => parseSource('manifest.yaml', text)!);
    expect(outcome.applied).toEqual([]);
    expect(outcome.refused[0]?.reason).toBe('the result would not parse');
  });
});

const deployment = (containerSettings: string) => `resource "kubernetes_deployment_v1" "web" {
  metadata {
    name = "web"
  }
  spec {
    template {
      metadata {
        labels = { app = "web" }
      }
      spec {
        container {
          name  = "web"
          image = "web:1.0"
${containerSettings}        }
      }
    }
  }
}
`;

ruleTester(rule, {
  good: [
    {
      name: 'terraform: allow_privilege_escalation = false',
      filename: 'main.tf',
      code: deployment('          security_context {\n            allow_privilege_escalation = false\n          }\n'),
    },
  ],
  bad: [
    {
      name: 'terraform: not set, security_context created',
      filename: 'main.tf',
      code: deployment(''),
      findings: [{
        messageId: 'unset', line: 12, column: 19, endColumn: 24,
        output: deployment('          security_context {\n            allow_privilege_escalation = false\n          }\n'),
      }],
    },
    {
      name: 'terraform: explicit true',
      filename: 'main.tf',
      code: deployment('          security_context {\n            allow_privilege_escalation = true\n          }\n'),
      findings: [{
        messageId: 'allowed', line: 15, column: 42, endColumn: 46,
        suggestions: [{ title: 'Set allow_privilege_escalation = false', output: deployment('          security_context {\n            allow_privilege_escalation = false\n          }\n') }],
      }],
    },
  ],
});
