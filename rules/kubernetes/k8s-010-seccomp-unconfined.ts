import { defineRule, replace } from '../api';
import { isPrivileged, seccompFrameworks } from '../shared/container-security';
import { onceAt } from '../shared/workload-rules';

export default defineRule({
  id: 'K8S-010',
  title: 'Containers must not run without a seccomp profile',
  target: 'kubernetes',
  workloads: true,
  severity: 'medium',
  preset: 'recommended',
  requirements: ['4.3'],
  frameworks: seccompFrameworks,
  docs: {
    rationale:
      'An `Unconfined` seccomp profile lets the process make every system call, including the rarely needed ones behind most ' +
      'container escapes (unshare, keyctl, bpf, ptrace); the runtime\'s default profile blocks them at no cost to ordinary workloads.',
    remediation:
      'Set `seccompProfile.type: RuntimeDefault` (or `Localhost` with a profile of your own) in the pod securityContext, and remove `Unconfined` profiles and seccomp annotations.',
  },
  messages: {
    unconfined: 'Container "{{name}}" runs with {{setting}}: every system call is allowed.',
    unconfinedAnnotation: 'Container "{{name}}" runs with an unconfined seccomp profile set by the annotation "{{annotation}}".',
  },
  examples: {
    bad:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  securityContext:\n    seccompProfile:\n      type: Unconfined\n' +
      '  containers:\n  - name: web\n    image: nginx:1.27\n',
    good:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  securityContext:\n    seccompProfile:\n      type: RuntimeDefault\n' +
      '  containers:\n  - name: web\n    image: nginx:1.27\n',
  },
  check({ file, report }) {
    const first = onceAt();
    for (const container of file.containers) {
      const pod = container.pod;
      // Seccomp is Linux-only; a privileged container runs unconfined anyway and is K8S-001's.
      if (pod.isWindows || isPrivileged(container)) continue;
      const name = container.name ?? '(unnamed)';
      const profile = container.effective('seccompProfile');
      if (profile) {
        const type = profile.value.get('type');
        if (type?.string() !== 'Unconfined' || !first(type.range)) continue;
        // A suggestion: a workload that makes unusual system calls may need a Localhost profile instead.
        report({
          at: type.range,
          messageId: 'unconfined',
          data: { name, setting: pod.setting(`${pod.fieldName('seccompProfile')}.type`, 'Unconfined') },
          suggest: [replace(type.range, pod.fieldName('seccompProfile') === 'seccompProfile' ? 'RuntimeDefault' : '"RuntimeDefault"', 'Use the RuntimeDefault profile')],
          value: type,
        });
        continue;
      }
      // Annotations from before the field (Kubernetes 1.19), still written by older charts.
      for (const annotation of [`container.seccomp.security.alpha.kubernetes.io/${name}`, 'seccomp.security.alpha.kubernetes.io/pod']) {
        const value = pod.annotation(annotation);
        if (!value) continue;
        if (value.string()?.trim().toLowerCase() === 'unconfined' && first(value.range)) {
          report({ at: value.range, messageId: 'unconfinedAnnotation', data: { name, annotation }, value });
        }
        break;
      }
    }
  },
});
