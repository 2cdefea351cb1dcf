import { defineRule } from '../api';
import { isWindowsBase, userOf } from '../shared/dockerfile-images';

export default defineRule({
  id: 'DKR-006',
  title: 'Set the final USER as a numeric UID',
  target: 'dockerfile',
  severity: 'low',
  preset: 'strict',
  requirements: ['4.1'],
  frameworks: { iso27001: ['A.8.2'], nist80053: ['AC-6'], cis: ['CIS Docker Benchmark v1.6.0 4.1'] },
  docs: {
    rationale:
      'Kubernetes can only enforce runAsNonRoot when the image user is a numeric UID: with a name the kubelet cannot ' +
      'tell whether it maps to root and refuses to start the pod unless runAsUser is set. Root users are reported by DKR-001.',
    remediation:
      'Give the user a fixed UID when creating it and switch to it by number, e.g. `USER 10001` or `USER 10001:10001`.',
  },
  messages: {
    named: 'USER "{{user}}" is a name, so the kubelet cannot verify runAsNonRoot; use a numeric UID.',
  },
  examples: {
    bad: 'FROM node:22-alpine\nUSER node\nCMD ["node", "server.js"]\n',
    good: 'FROM node:22-alpine\nUSER 1000\nCMD ["node", "server.js"]\n',
  },
  check({ file, report }) {
    const stage = file.finalStage();
    const user = stage?.effectiveUser();
    if (!stage || !user) return;
    const found = userOf(stage, user);
    if (!found || found.isRoot || /^\d+$/.test(found.name) || isWindowsBase(stage.root())) return;
    // No suggestion: files chowned to the named user would not belong to a new UID.
    report({ at: found.word.range, messageId: 'named', data: { user: found.value } });
  },
});
