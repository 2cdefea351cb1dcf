import { defineRule, remove, type Fix } from '../api';
import { instructionsWithTriggers } from '../shared/dockerfile-scripts';

export default defineRule({
  id: 'DKR-013',
  title: 'Do not run build steps privileged or on the host network',
  target: 'dockerfile',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['4.3'],
  frameworks: { iso27001: ['A.8.2', 'A.8.9'], nist80053: ['AC-6', 'SC-39'], cis: ['CIS Docker Benchmark v1.6.0 5.5'] },
  docs: {
    rationale:
      '`RUN --security=insecure` runs the step with every capability and no seccomp or AppArmor confinement, the ' +
      'build-time equivalent of `--privileged` (BuildKit allows it only with the `security.insecure` entitlement). ' +
      '`RUN --network=host` gives the step the build host\'s network namespace, its loopback services and its cloud ' +
      'metadata endpoint. A compromised dependency installed in such a step reaches the build host.',
    remediation:
      'Remove the option; do privileged work (loop devices, mounts) outside the image build, and fetch network inputs ' +
      'through the default sandboxed network.',
  },
  messages: {
    insecure: 'RUN --security=insecure runs this step without container confinement (like --privileged).',
    hostNetwork: 'RUN --network=host runs this step in the build host\'s network namespace.',
  },
  examples: {
    bad: 'FROM alpine:3.22\nRUN --security=insecure mount -t tmpfs none /mnt\n',
    good: 'FROM alpine:3.22\nRUN apk add --no-cache curl\n',
  },
  check({ file, report }) {
    for (const instruction of instructionsWithTriggers(file.instructions)) {
      if (instruction.keyword !== 'RUN') continue;
      for (const flag of instruction.flags) {
        const value = flag.value?.toLowerCase();
        const messageId = flag.name === 'security' && value === 'insecure' ? 'insecure' : flag.name === 'network' && value === 'host' ? 'hostNetwork' : undefined;
        if (!messageId) continue;
        // A suggestion: the step may not work without it.
        const line = flag.range.end;
        const after = { line: line.line, character: line.character + 1 };
        const suggest: Fix[] = [remove({ start: flag.range.start, end: after }, `Remove --${flag.name}=${flag.value}`)];
        report({ at: flag.range, messageId, suggest });
      }
    }
  },
});
