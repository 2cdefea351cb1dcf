import { defineRule, type AnyRule } from '../../server/src/engine/rule';
import { replace } from '../../server/src/engine/edits';

/**
 * Rules that exist only for CLI tests: they read the raw text, so they work whatever the state
 * of the models, and they exercise every field the formatters print.
 */
export const pinRule = defineRule({
  id: 'DKR-901',
  title: 'Pin the base image tag',
  target: 'dockerfile',
  severity: 'high',
  preset: 'recommended',
  requirements: ['4.4'],
  frameworks: { nist80053: ['CM-2', 'SI-2'], iso27001: [], cis: ['CIS Docker Benchmark v1.6.0 4.2'] },
  docs: { rationale: 'A moving tag pulls a different image on every build.', remediation: 'Use a fixed version tag.' },
  messages: { latest: 'The tag "{{tag}}" moves.' },
  examples: { bad: 'FROM alpine:latest\n', good: 'FROM alpine:3.20\n' },
  check({ file, report }) {
    for (const match of file.text.matchAll(/:latest\b/g)) {
      const start = match.index + 1;
      const at = file.lines.rangeOf(start, start + 'latest'.length);
      report({ at, messageId: 'latest', data: { tag: 'latest' }, fix: replace(at, '3.20', 'Pin to 3.20') });
    }
  },
}) as unknown as AnyRule;

export const lowRule = defineRule({
  id: 'DKR-902',
  title: 'Add a maintainer note',
  target: 'dockerfile',
  severity: 'low',
  preset: 'recommended',
  requirements: ['7.1'],
  docs: { rationale: 'Images without an owner are not patched.', remediation: 'Add a LABEL naming the owner.' },
  messages: { missing: 'No owner label.' },
  examples: { bad: 'FROM alpine\n', good: 'FROM alpine\nLABEL owner=a\n' },
  check({ file, report }) {
    if (!/LABEL owner=/.test(file.text)) report({ at: file.lines.rangeOf(0, 4), messageId: 'missing' });
  },
}) as unknown as AnyRule;

export const throwingRule = defineRule({
  id: 'DKR-903',
  title: 'Fail on purpose',
  target: 'dockerfile',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['4.1'],
  docs: { rationale: 'Exercises the internal error path of the CLI.', remediation: 'None.' },
  messages: { never: 'never' },
  examples: { bad: 'FROM x\n', good: 'FROM x\n' },
  check({ file }) {
    if (file.text.includes('boom')) throw new Error('boom');
  },
}) as unknown as AnyRule;

export const testRules: readonly AnyRule[] = [pinRule, lowRule];
