import rule from '../../../rules/kubernetes/k8s-001-privileged-container';
import { ruleTester } from '../../helpers/rule-tester';

const pod = (securityContext: string) =>
  `apiVersion: v1
kind: Pod
metadata:
  name: agent
spec:
  containers:
  - name: agent
    image: registry.example.com/agent:1.4
${securityContext}`;

ruleTester(rule, {
  good: [
    { name: 'privileged false', code: pod('    securityContext:\n      privileged: false\n') },
    { name: 'no securityContext', code: pod('') },
    { name: 'quoted "true" is a string, which the API rejects', code: pod('    securityContext:\n      privileged: "true"\n') },
    {
      name: 'privileged is not a pod-level field',
      code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\nspec:\n  securityContext:\n    privileged: true\n  containers:\n  - name: a\n    image: a:1\n',
    },
    {
      name: 'docker-compose file is not a manifest',
      filename: 'docker-compose.yml',
      code: 'services:\n  agent:\n    image: agent:1.4\n    privileged: true\n',
    },
    {
      name: 'custom resource with a containers list of its own shape',
      code: 'apiVersion: example.com/v1\nkind: Pod\nmetadata:\n  name: a\nspec:\n  containers:\n  - name: a\n    securityContext:\n      privileged: true\n',
    },
    {
      name: 'Helm template is not linted',
      filename: 'chart/templates/daemonset.yaml',
      code: 'apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: {{ .Release.Name }}\nspec:\n  template:\n    spec:\n      containers:\n      - name: a\n        image: a:1\n        securityContext:\n          privileged: true\n',
    },
  ],
  bad: [
    {
      name: 'privileged container in a Pod',
      code: pod('    securityContext:\n      privileged: true\n      runAsNonRoot: true\n'),
      findings: [
        {
          messageId: 'privileged', line: 10, column: 19, endLine: 10, endColumn: 23, severity: 'critical',
          suggestions: [
            { title: 'Remove privileged: true', output: pod('    securityContext:\n      runAsNonRoot: true\n') },
            { title: 'Set privileged: false', output: pod('    securityContext:\n      privileged: false\n      runAsNonRoot: true\n') },
          ],
        },
      ],
    },
    {
      name: 'YAML 1.1 boolean, as kubectl reads it',
      code: pod('    securityContext:\n      privileged: yes\n'),
      findings: [{ messageId: 'privileged', line: 10, column: 19, endColumn: 22 }],
    },
    {
      name: 'init container of a DaemonSet',
      code: `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: node-setup
spec:
  selector:
    matchLabels: {app: node-setup}
  template:
    metadata:
      labels: {app: node-setup}
    spec:
      initContainers:
      - name: sysctl
        image: busybox:1.36
        securityContext:
          privileged: true
      containers:
      - name: main
        image: pause:3.9
`,
      findings: [{ messageId: 'privileged', line: 16, column: 23, endColumn: 27 }],
    },
    {
      name: 'CronJob job template',
      code: `apiVersion: batch/v1
kind: CronJob
metadata:
  name: cleanup
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
          - name: cleanup
            image: cleanup:2.0
            securityContext: {privileged: true}
`,
      findings: [
        {
          messageId: 'privileged', line: 15, column: 43, endColumn: 47,
          suggestions: [{ title: 'Set privileged: false', output: `apiVersion: batch/v1
kind: CronJob
metadata:
  name: cleanup
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
          - name: cleanup
            image: cleanup:2.0
            securityContext: {privileged: false}
` }],
        },
      ],
    },
    {
      name: 'second document of a multi-document file',
      code: `apiVersion: v1
kind: ServiceAccount
metadata:
  name: agent
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: agent
spec:
  template:
    spec:
      containers:
      - name: agent
        image: agent:1.4
        securityContext:
          privileged: true
`,
      findings: [{ messageId: 'privileged', line: 17, column: 23, endColumn: 27 }],
    },
    {
      name: 'ephemeral debug container',
      code: pod('  ephemeralContainers:\n  - name: debug\n    image: busybox:1.36\n    securityContext:\n      privileged: true\n'),
      findings: [{ messageId: 'privileged', line: 13, column: 19 }],
    },
    {
      name: 'securityContext shared through an anchor is reported once, where it is written',
      code: pod(`    securityContext: &privileged
      privileged: true
  - name: sidecar
    image: sidecar:1.0
    securityContext: *privileged
`),
      findings: [{ messageId: 'privileged', line: 10, column: 19 }],
    },
    {
      name: 'item of a List',
      code: `apiVersion: v1
kind: List
items:
- apiVersion: v1
  kind: Pod
  metadata:
    name: a
  spec:
    containers:
    - name: a
      image: a:1
      securityContext:
        privileged: true
`,
      findings: [{ messageId: 'privileged', line: 13, column: 21 }],
    },
    {
      name: 'pod template nested in a JobSet',
      code: `apiVersion: jobset.x-k8s.io/v1alpha2
kind: JobSet
metadata:
  name: multislice
spec:
  replicatedJobs:
  - name: slice
    template:
      spec:
        template:
          spec:
            hostNetwork: true
            containers:
            - name: jax
              image: python:3.12
              securityContext:
                privileged: true
`,
      findings: [{ messageId: 'privileged', line: 17, column: 29, endColumn: 33 }],
    },
  ],
});

const tfPod = (securityContext: string) => `resource "kubernetes_pod_v1" "agent" {
  metadata {
    name = "agent"
  }
  spec {
    container {
      name  = "agent"
      image = "agent:1.4"
${securityContext}    }
  }
}
`;

const cronJob = (initSecurityContext: string) => `resource "kubernetes_cron_job_v1" "backup" {
  metadata {
    name = "backup"
  }
  spec {
    schedule = "0 3 * * *"
    job_template {
      metadata {}
      spec {
        template {
          metadata {}
          spec {
            init_container {
              name  = "prepare"
              image = "busybox:1.36"
${initSecurityContext}            }
            container {
              name  = "backup"
              image = "backup:2.0"
            }
          }
        }
      }
    }
  }
}
`;

const agentsDaemonSet = `locals {
  agents = {
    logs    = false
    network = true
  }
}

resource "kubernetes_daemon_set_v1" "agent" {
  for_each = local.agents
  metadata {
    name = each.key
  }
  spec {
    selector {
      match_labels = { app = each.key }
    }
    template {
      metadata {
        labels = { app = each.key }
      }
      spec {
        container {
          name  = each.key
          image = "agent:1.4"
          security_context {
            privileged = each.value
          }
        }
      }
    }
  }
}
`;

const dynamicContext = `resource "kubernetes_deployment_v1" "agent" {
  metadata {
    name = "agent"
  }
  spec {
    template {
      metadata {}
      spec {
        container {
          name  = "agent"
          image = "agent:1.4"
          dynamic "security_context" {
            for_each = var.security_contexts
            content {
              privileged = security_context.value.privileged
            }
          }
        }
      }
    }
  }
}
`;

const manifestPod = (privileged: string) => `resource "kubernetes_manifest" "agent" {
  manifest = {
    apiVersion = "v1"
    kind       = "Pod"
    metadata = {
      name      = "agent"
      namespace = "default"
    }
    spec = {
      containers = [{
        name  = "agent"
        image = "agent:1.4"
        securityContext = {
          privileged = ${privileged}
        }
      }]
    }
  }
}
`;

ruleTester(rule, {
  good: [
    { name: 'terraform: privileged = false', filename: 'main.tf', code: tfPod('      security_context {\n        privileged = false\n      }\n') },
    { name: 'terraform: no security_context', filename: 'main.tf', code: tfPod('') },
    {
      name: 'terraform: variable without a value is unknown',
      filename: 'main.tf',
      code: tfPod('      security_context {\n        privileged = var.privileged\n      }\n'),
      files: { 'variables.tf': 'variable "privileged" {\n  type = bool\n}\n' },
    },
    {
      name: 'terraform: tfvars turns the default off',
      filename: 'main.tf',
      code: tfPod('      security_context {\n        privileged = var.privileged\n      }\n'),
      files: { 'variables.tf': 'variable "privileged" {\n  default = true\n}\n', 'terraform.tfvars': 'privileged = false\n' },
    },
    {
      name: 'terraform: count = 0 creates nothing',
      filename: 'main.tf',
      code: tfPod('      security_context {\n        privileged = true\n      }\n').replace('{\n  metadata', '{\n  count = 0\n  metadata'),
    },
    {
      name: 'terraform: dynamic security_context over an unknown collection',
      filename: 'main.tf',
      code: dynamicContext,
      files: { 'variables.tf': 'variable "security_contexts" {\n  type = list(object({ privileged = bool }))\n}\n' },
    },
    {
      name: 'terraform: kubernetes_manifest with privileged = false',
      filename: 'main.tf',
      code: manifestPod('false'),
    },
    {
      name: 'terraform: kubernetes_manifest read from a file is linted as that file',
      filename: 'main.tf',
      code: 'resource "kubernetes_manifest" "agent" {\n  manifest = yamldecode(file("${path.module}/agent.yaml"))\n}\n',
    },
    {
      name: 'terraform: other provider resources',
      filename: 'main.tf',
      code: 'resource "kubernetes_config_map_v1" "settings" {\n  metadata {\n    name = "settings"\n  }\n  data = {\n    privileged = "true"\n  }\n}\n',
    },
  ],
  bad: [
    {
      name: 'terraform: privileged = true in a pod',
      filename: 'main.tf',
      code: tfPod('      security_context {\n        privileged = true\n      }\n'),
      findings: [
        {
          messageId: 'privileged', line: 10, column: 22, endLine: 10, endColumn: 26,
          suggestions: [
            { title: 'Remove privileged = true', output: tfPod('      security_context {\n      }\n') },
            { title: 'Set privileged = false', output: tfPod('      security_context {\n        privileged = false\n      }\n') },
          ],
        },
      ],
    },
    {
      name: 'terraform: variable default in another file',
      filename: 'main.tf',
      code: tfPod('      security_context {\n        privileged = var.privileged\n      }\n'),
      files: { 'variables.tf': 'variable "privileged" {\n  type    = bool\n  default = true\n}\n' },
      findings: [{ messageId: 'privileged', line: 10, column: 22, endColumn: 36, related: ['variables.tf:3:13'] }],
    },
    {
      name: 'terraform: init_container of a cron job',
      filename: 'main.tf',
      code: cronJob('              security_context {\n                privileged = "true"\n              }\n'),
      findings: [{ messageId: 'privileged', line: 17, column: 30, endColumn: 36 }],
    },
    {
      name: 'terraform: one for_each instance is privileged',
      filename: 'main.tf',
      code: agentsDaemonSet,
      findings: [{ messageId: 'privileged', line: 26, column: 26, endColumn: 36, related: [':4:15'] }],
    },
    {
      name: 'terraform: dynamic security_context over a known default',
      filename: 'main.tf',
      code: dynamicContext,
      files: { 'variables.tf': 'variable "security_contexts" {\n  default = [{ privileged = true }]\n}\n' },
      findings: [{ messageId: 'privileged', line: 15, column: 28, endColumn: 61, related: ['variables.tf:2:29'] }],
    },
    {
      name: 'terraform: kubernetes_manifest object',
      filename: 'main.tf',
      code: manifestPod('true'),
      findings: [{ messageId: 'privileged', line: 14, column: 24, endColumn: 28, suggestions: [{ output: manifestPod('false') }] }],
    },
  ],
});
