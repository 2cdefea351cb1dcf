import { defineRule, type WorkloadValue } from '../api';
import { isPrivileged } from '../shared/container-security';
import { onceAt } from '../shared/workload-rules';

// The Pod Security Standards baseline "safe" set, as of Kubernetes 1.32 (1.27 added
// ip_local_reserved_ports, 1.29 the TCP keepalive and fin timeout ones, 1.32 tcp_rmem and tcp_wmem).
const safeSysctls = new Set([
  'kernel.shm_rmid_forced',
  'net.ipv4.ip_local_port_range',
  'net.ipv4.ip_unprivileged_port_start',
  'net.ipv4.tcp_syncookies',
  'net.ipv4.ping_group_range',
  'net.ipv4.ip_local_reserved_ports',
  'net.ipv4.tcp_keepalive_time',
  'net.ipv4.tcp_fin_timeout',
  'net.ipv4.tcp_keepalive_intvl',
  'net.ipv4.tcp_keepalive_probes',
  'net.ipv4.tcp_rmem',
  'net.ipv4.tcp_wmem',
]);

// container_engine_t is allowed since the v1.31 baseline.
const safeSeLinuxTypes = new Set(['container_t', 'container_init_t', 'container_kvm_t', 'container_engine_t']);

const probes = ['livenessProbe', 'readinessProbe', 'startupProbe'] as const;
const handlers = ['httpGet', 'tcpSocket'] as const;

/** A literal that the rule can judge: not a Helm or shell placeholder. */
function literal(value: WorkloadValue | undefined): string | undefined {
  const text = value?.string();
  return text === undefined || text.includes('{{') || text.includes('$') ? undefined : text;
}

export default defineRule({
  id: 'K8S-012',
  title: 'Pods must not relax the baseline Pod Security Standard',
  target: 'kubernetes',
  workloads: true,
  severity: 'medium',
  preset: 'recommended',
  requirements: ['4.3'],
  frameworks: {
    iso27001: ['A.8.2', 'A.8.9'],
    nist80053: ['AC-6', 'CM-7', 'SC-39'],
    cis: ['CIS Kubernetes Benchmark v1.12.0 5.2.10'],
  },
  docs: {
    rationale:
      'The baseline Pod Security Standard forbids the settings that switch off a confinement layer: an unmasked /proc, ' +
      'sysctls that reach beyond the pod, custom SELinux types, users or roles, an unconfined AppArmor profile, Windows ' +
      'HostProcess containers, and probes or hooks aimed at another host. An admission controller enforcing it rejects the pod.',
    remediation:
      'Remove `procMount: Unmasked`, unsafe sysctls, SELinux `user`/`role` and non-container types, `Unconfined` AppArmor profiles and annotations, `hostProcess: true`, and `host` in probes and lifecycle hooks.',
  },
  messages: {
    procMount: 'Container "{{name}}" sets {{setting}}: the host\'s /proc paths are not masked.',
    sysctl: 'The pod sets the sysctl "{{sysctl}}", which is outside the Pod Security Standards safe set.',
    seLinuxType: 'Container "{{name}}" runs with the SELinux type "{{type}}", which is not a container type.',
    seLinuxUserRole: 'Container "{{name}}" sets the SELinux {{field}} "{{value}}".',
    appArmor: 'Container "{{name}}" runs with {{setting}}: no AppArmor confinement.',
    appArmorAnnotation: 'Container "{{name}}" runs without AppArmor confinement: the annotation "{{annotation}}" is "unconfined".',
    hostProcess: 'Container "{{name}}" is a Windows HostProcess container: it runs on the node with the node\'s privileges.',
    probeHost: 'Container "{{name}}" sets host "{{host}}" in {{where}}: the kubelet connects to another host on its behalf.',
  },
  examples: {
    bad:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.27\n' +
      '    securityContext:\n      procMount: Unmasked\n',
    good: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.27\n',
  },
  check({ file, report }) {
    const first = onceAt();
    for (const pod of file.podSpecs) {
      for (const sysctl of pod.securityField('sysctls')?.value?.items() ?? []) {
        const nameValue = sysctl.get('name');
        const name = literal(nameValue);
        // The API accepts `/` as the separator, as sysctl(8) does.
        if (!nameValue || name === undefined || safeSysctls.has(name.replace(/\//g, '.')) || !first(nameValue.range)) continue;
        report({ at: nameValue.range, messageId: 'sysctl', data: { sysctl: name }, value: nameValue });
      }
    }
    for (const container of file.containers) {
      const pod = container.pod;
      const name = container.name ?? '(unnamed)';
      const hostProcess = container.effective('windowsOptions')?.value.get('hostProcess');
      if (hostProcess?.bool() === true && first(hostProcess.range)) {
        report({ at: hostProcess.range, messageId: 'hostProcess', data: { name }, severity: 'high', value: hostProcess });
      }
      const places = [
        ...probes.map((probe) => [probe]),
        ...['postStart', 'preStop'].map((hook) => ['lifecycle', hook]),
      ];
      for (const place of places) {
        for (const handler of handlers) {
          const host = container.field(place[0])?.value?.get(...place.slice(1), handler, 'host');
          const text = literal(host);
          if (!host || !text || text.trim() === '' || !first(host.range)) continue;
          const where = [...place, handler].map((key) => pod.fieldName(key)).join('.');
          report({ at: host.range, messageId: 'probeHost', data: { name, host: text, where }, value: host });
        }
      }
      // The rest are Linux settings; a privileged container has none of these layers and is K8S-001's.
      if (pod.isWindows || isPrivileged(container)) continue;
      const procMount = container.own('procMount');
      if (procMount?.value.string() === 'Unmasked' && first(procMount.value.range)) {
        report({ at: procMount.value.range, messageId: 'procMount', data: { name, setting: pod.setting('procMount', 'Unmasked') }, value: procMount.value });
      }
      const seLinux = container.effective('seLinuxOptions')?.value;
      const type = seLinux?.get('type');
      const typeText = literal(type);
      if (type && typeText && typeText.trim() !== '' && !safeSeLinuxTypes.has(typeText) && first(type.range)) {
        report({ at: type.range, messageId: 'seLinuxType', data: { name, type: typeText }, value: type });
      }
      for (const field of ['user', 'role']) {
        const value = seLinux?.get(field);
        const text = literal(value);
        if (value && text && text.trim() !== '' && first(value.range)) {
          report({ at: value.range, messageId: 'seLinuxUserRole', data: { name, field, value: text }, value });
        }
      }
      const appArmor = container.effective('appArmorProfile')?.value.get('type');
      if (appArmor?.string() === 'Unconfined') {
        if (first(appArmor.range)) {
          report({ at: appArmor.range, messageId: 'appArmor', data: { name, setting: pod.setting(`${pod.fieldName('appArmorProfile')}.type`, 'Unconfined') }, value: appArmor });
        }
      } else if (!appArmor) {
        // The annotation from before the field (Kubernetes 1.30), still honoured.
        const annotation = `container.apparmor.security.beta.kubernetes.io/${name}`;
        const value = pod.annotation(annotation);
        if (value && value.string()?.trim() === 'unconfined' && first(value.range)) {
          report({ at: value.range, messageId: 'appArmorAnnotation', data: { name, annotation }, value });
        }
      }
    }
  },
});
