import { beforeAll, describe, expect, it } from 'vitest';
import { initParsers, parseSource } from '../../server/src/parsers';
import type { TerraformFile } from '../../server/src/parsers/terraform/model';
import { TerraformModule } from '../../server/src/engine/terraform/module';
import { terraformWorkloads } from '../../server/src/engine/terraform/kubernetes-workloads';
import { lint } from '../../server/src/engine/lint';
import { defineRule } from '../../server/src/engine/rule';
import { rules } from '../../rules';

beforeAll(async () => {
  await initParsers();
});

function workloadsOf(main: string, others: Record<string, string> = {}, name = 'main.tf') {
  const file = parseSource(`/m/${name}`, main) as TerraformFile;
  const siblings = Object.entries(others).map(([n, text]) => parseSource(`/m/${n}`, text) as TerraformFile);
  const module = new TerraformModule('/m', [file, ...siblings]);
  return { file, module, workloads: terraformWorkloads(file, module) };
}

const deployment = (extra: string, container = '') => `resource "kubernetes_deployment" "web" {
${extra}  metadata {
    name = "web"
  }
  spec {
    template {
      metadata {}
      spec {
        container {
          name  = "web"
          image = "web:1.0"
${container}        }
      }
    }
  }
}
`;

describe('Terraform kubernetes provider workloads', () => {
  it('reads the pod spec of every workload resource, versioned or not', () => {
    const types = [
      'kubernetes_pod',
      'kubernetes_pod_v1',
      'kubernetes_deployment',
      'kubernetes_deployment_v1',
      'kubernetes_stateful_set',
      'kubernetes_stateful_set_v1',
      'kubernetes_daemonset',
      'kubernetes_daemon_set_v1',
      'kubernetes_replication_controller',
      'kubernetes_replication_controller_v1',
      'kubernetes_job',
      'kubernetes_job_v1',
      'kubernetes_cron_job',
      'kubernetes_cron_job_v1',
    ];
    const container = 'container {\n name = "c"\n image = "c:1"\n }';
    const body = (type: string) => {
      if (type.startsWith('kubernetes_pod')) return `spec {\n ${container}\n }`;
      if (type.startsWith('kubernetes_cron_job')) return `spec {\n job_template {\n spec {\n template {\n spec {\n ${container}\n }\n }\n }\n }\n }`;
      return `spec {\n template {\n spec {\n ${container}\n }\n }\n }`;
    };
    const text = types.map((type) => `resource "${type}" "x" {\n${body(type)}\n}\n`).join('');
    const { workloads } = workloadsOf(text);
    expect(workloads.podSpecs).toHaveLength(types.length);
    expect(workloads.containers.map((c) => c.name)).toEqual(types.map(() => 'c'));
  });

  it('skips count = 0 and an empty for_each, and gives one pod per known instance', () => {
    expect(workloadsOf(deployment('  count = 0\n')).workloads.podSpecs).toHaveLength(0);
    expect(workloadsOf(deployment('  count = var.enabled ? 1 : 0\n'), { 'v.tf': 'variable "enabled" {\n  default = false\n}\n' }).workloads.podSpecs).toHaveLength(0);
    expect(workloadsOf(deployment('  for_each = toset([])\n')).workloads.podSpecs).toHaveLength(0);
    expect(workloadsOf(deployment('  for_each = toset(["a", "b"])\n')).workloads.podSpecs).toHaveLength(2);
    // count known only after apply: checked once.
    expect(workloadsOf(deployment('  count = length(data.x.y.ids)\n')).workloads.podSpecs).toHaveLength(1);
  });

  it('maps API field names to the provider blocks and inherits pod settings', () => {
    const { workloads } = workloadsOf(
      deployment('', '          security_context {\n            allow_privilege_escalation = false\n          }\n').replace(
        '      spec {\n        container',
        '      spec {\n        host_ipc = true\n        security_context {\n          run_as_user = "1000"\n          seccomp_profile {\n            type = "RuntimeDefault"\n          }\n        }\n        container',
      ),
    );
    const [pod] = workloads.podSpecs;
    const [container] = workloads.containers;
    expect(pod.field('hostIPC')?.value?.bool()).toBe(true);
    expect(pod.fieldName('readOnlyRootFilesystem')).toBe('read_only_root_filesystem');
    expect(pod.setting('hostPID', 'true')).toBe('host_pid = true');
    expect(container.own('allowPrivilegeEscalation')?.value.bool()).toBe(false);
    expect(container.own('runAsUser')).toBeUndefined();
    expect(container.effective('runAsUser')?.value.int()).toBe(1000);
    expect(container.effective('runAsUser')?.from).toBe('pod');
    expect(container.effective('seccompProfile')?.value.get('type')?.string()).toBe('RuntimeDefault');
  });

  it('treats null and an empty integer string as unset', () => {
    const { workloads } = workloadsOf(
      deployment('', '          security_context {\n            privileged  = null\n            run_as_user = ""\n          }\n'),
    );
    const [container] = workloads.containers;
    expect(container.own('privileged')).toBeUndefined();
    expect(container.own('runAsUser')).toBeUndefined();
  });

  it('reads containers of dynamic blocks with a known for_each, and nothing of unknown ones', () => {
    const dynamic = (forEach: string) =>
      deployment('').replace(
        '        container {',
        `        dynamic "init_container" {\n          for_each = ${forEach}\n          content {\n            name  = init_container.key\n            image = init_container.value\n          }\n        }\n        container {`,
      );
    const known = workloadsOf(dynamic('{ seed = "busybox:1.36", wait = "busybox:latest" }')).workloads;
    expect(known.containers.map((c) => [c.list, c.name, c.image?.value?.string()])).toEqual([
      ['initContainers', 'seed', 'busybox:1.36'],
      ['initContainers', 'wait', 'busybox:latest'],
      ['containers', 'web', 'web:1.0'],
    ]);
    expect(workloadsOf(dynamic('var.init')).workloads.containers.map((c) => c.name)).toEqual(['web']);
  });

  it('an unknown security_context answers nothing for the fields it may set', () => {
    const { workloads } = workloadsOf(
      deployment('', '          dynamic "security_context" {\n            for_each = var.contexts\n            content {}\n          }\n'),
    );
    const [container] = workloads.containers;
    const privileged = container.own('privileged');
    expect(privileged).toBeDefined();
    expect(privileged?.value.bool()).toBeUndefined();
    expect(workloads.setContainerSecurityField(container, 'runAsNonRoot', 'true')).toBeUndefined();
  });

  it('an unknown OS may be Windows', () => {
    const withOs = (name: string) => deployment('').replace('      spec {\n        container', `      spec {\n        os {\n          name = ${name}\n        }\n        container`);
    expect(workloadsOf(withOs('"linux"')).workloads.podSpecs[0].isWindows).toBe(false);
    expect(workloadsOf(withOs('"windows"')).workloads.podSpecs[0].isWindows).toBe(true);
    expect(workloadsOf(withOs('var.os')).workloads.podSpecs[0].isWindows).toBe(true);
  });

  it('reads kubernetes_manifest objects of workload kinds with their API names', () => {
    const { workloads } = workloadsOf(`locals {
  image = "web:1.0"
}

resource "kubernetes_manifest" "web" {
  manifest = {
    apiVersion = "batch/v1"
    kind       = "CronJob"
    metadata   = { name = "web", namespace = "default" }
    spec = {
      schedule = "*/5 * * * *"
      jobTemplate = {
        spec = {
          template = {
            spec = {
              hostNetwork = true
              containers  = [{ name = "web", image = local.image }]
            }
          }
        }
      }
    }
  }
}

resource "kubernetes_manifest" "config" {
  manifest = {
    apiVersion = "v1"
    kind       = "ConfigMap"
    metadata   = { name = "config", namespace = "default" }
    data       = { spec = "x" }
  }
}

resource "kubernetes_manifest" "foreign" {
  manifest = {
    apiVersion = "example.com/v1"
    kind       = "Deployment"
    metadata   = { name = "foreign", namespace = "default" }
    spec       = { template = { spec = { containers = [{ name = "x", image = "x" }] } } }
  }
}
`);
    expect(workloads.podSpecs).toHaveLength(1);
    const [pod] = workloads.podSpecs;
    expect(pod.field('hostNetwork')?.value?.range.start).toEqual({ line: 15, character: 28 });
    expect(pod.setting('hostNetwork', 'true')).toBe('hostNetwork = true');
    const [container] = workloads.containers;
    expect(container.name).toBe('web');
    // The image comes from the local: reported in the manifest, its origin the local's value.
    expect(container.image?.value?.string()).toBe('web:1.0');
    expect(container.image?.value?.origin?.range.start).toEqual({ line: 1, character: 10 });
    expect(workloads.setContainerSecurityField(container, 'runAsNonRoot', 'true')).toBeUndefined();
  });

  it('offers no edits in a JSON configuration', () => {
    const json = JSON.stringify({
      resource: {
        kubernetes_pod_v1: {
          web: { spec: { container: { name: 'web', image: 'web:1.0', security_context: { privileged: true } } } },
        },
      },
    }, null, 2);
    const { workloads } = workloadsOf(json, {}, 'main.tf.json');
    const [container] = workloads.containers;
    expect(container.own('privileged')?.value.bool()).toBe(true);
    expect(workloads.entryLineRange(container.own('privileged')!.entry)).toBeUndefined();
    expect(workloads.setContainerSecurityField(container, 'runAsNonRoot', 'true')).toBeUndefined();
  });
});

describe('Terraform kubernetes provider objects', () => {
  const secret = (extra: string) => `resource "kubernetes_secret_v1" "db" {\n${extra}  metadata {\n    name      = "db"\n    namespace = "apps"\n  }\n  data = {\n    password = "x"\n  }\n  binary_data = {\n    key = "eA=="\n  }\n}\n`;

  it('reads object resources in API names, one object per instance', () => {
    const objects = workloadsOf(secret('')).workloads.objects;
    expect(objects.map((o) => [o.kind, o.group, o.name, o.namespace])).toEqual([['Secret', '', 'db', 'apps']]);
    // The provider's plain-text `data` is the API's `stringData`; `binary_data` is the API's base64 `data`.
    expect(objects[0].root.get('stringData', 'password')?.string()).toBe('x');
    expect(objects[0].root.get('data', 'key')?.string()).toBe('eA==');
    expect(workloadsOf(secret('  count = 0\n')).workloads.objects).toHaveLength(0);
    expect(workloadsOf(secret('  for_each = toset(["a", "b"])\n')).workloads.objects).toHaveLength(2);
  });

  it('reads kubernetes_manifest objects and leaves manifests read from files to the file', () => {
    const manifest = (value: string) => `resource "kubernetes_manifest" "r" {\n  manifest = ${value}\n}\n`;
    const role = workloadsOf(manifest('{\n    apiVersion = "rbac.authorization.k8s.io/v1"\n    kind = "Role"\n    metadata = { name = "r" }\n  }')).workloads.objects;
    expect(role.map((o) => [o.kind, o.group, o.name])).toEqual([['Role', 'rbac.authorization.k8s.io', 'r']]);
    expect(workloadsOf(manifest('yamldecode(file("role.yaml"))')).workloads.objects).toHaveLength(0);
  });

  it('treats list fields generated by dynamic blocks as unknown', () => {
    const role = 'resource "kubernetes_role_v1" "r" {\n  metadata {\n    name = "r"\n  }\n  dynamic "rule" {\n    for_each = var.rules\n    content {\n      verbs = rule.value\n    }\n  }\n}\n';
    expect(workloadsOf(role).workloads.objects[0].root.get('rules')?.isUnknown).toBe(true);
  });
});

describe('lint runs workload rules on Terraform files', () => {
  const privilegedPod =
    'resource "kubernetes_pod_v1" "agent" {\n  spec {\n    container {\n      name  = "agent"\n      image = "agent:1.4@sha256:0a399eb16751829e1af26fea27b20c3ec28d7ab1fb72182879dcae1cca21206a"\n' +
    '      security_context {\n        privileged                = true\n        # shiftguard-ignore K8S-003\n        read_only_root_filesystem = false\n        run_as_non_root           = true\n      }\n    }\n  }\n}\n';

  it('reports with the rule ids, honours suppressions and disabled rules', () => {
    const file = parseSource('main.tf', privilegedPod)!;
    const all = lint(file, rules);
    expect(all.map((f) => [f.ruleId, f.range.start.line + 1])).toEqual([['K8S-001', 7]]);
    expect(lint(file, rules, { disabledRules: ['K8S-001'] })).toEqual([]);
  });

  it('leaves Kubernetes rules that are not workload rules to manifests', () => {
    const manifestOnly = defineRule({
      id: 'K8S-999',
      title: 'Test rule',
      target: 'kubernetes',
      severity: 'low',
      preset: 'recommended',
      requirements: ['4.3'],
      docs: { rationale: 'r', remediation: 'r.' },
      messages: { any: 'any' },
      examples: { bad: '', good: '' },
      check({ file, report }) {
        for (const object of file.objects) report({ at: object.range, messageId: 'any' });
      },
    });
    expect(lint(parseSource('main.tf', privilegedPod)!, [manifestOnly])).toEqual([]);
  });
});
