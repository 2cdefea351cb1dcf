import { defineRule } from '../../server/src/engine/rule';

/** Reports every known `public = true` of a `demo_thing`, evaluated through the module. */
export const publicRule = defineRule({
  id: 'TF-900',
  title: 'No public demo things',
  target: 'terraform',
  severity: 'high',
  preset: 'recommended',
  requirements: ['2.1'],
  docs: { rationale: 'A synthetic rule for module tests.', remediation: 'Make it private.' },
  messages: { open: 'This demo thing is public.' },
  examples: { bad: '', good: '' },
  check({ file, module, report }) {
    for (const resource of file.resources('demo_thing')) {
      for (const view of module.instances(resource)) {
        const value = view.value('public');
        if (value?.kind === 'bool' && value.value) report({ at: view.attribute('public')!.value.range, messageId: 'open', value });
      }
    }
  },
});
