import rule from '../../../rules/dockerfile/dkr-013-insecure-run-options';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(rule, {
  good: [
    { name: 'sandboxed step', code: 'FROM alpine:3.22\nRUN --security=sandbox apk add curl\n' },
    { name: 'no network', code: 'FROM alpine:3.22\nRUN --network=none make\n' },
    { name: 'default network', code: 'FROM alpine:3.22\nRUN --network=default apk add curl\n' },
    { name: 'mounts only', code: 'FROM alpine:3.22\nRUN --mount=type=cache,target=/root/.cache make\n' },
  ],
  bad: [
    {
      name: 'security=insecure',
      code: 'FROM alpine:3.22\nRUN --security=insecure mount -t tmpfs none /mnt\n',
      findings: [{ messageId: 'insecure', line: 2, column: 5, endColumn: 24, severity: 'medium', suggestions: [{ output: 'FROM alpine:3.22\nRUN mount -t tmpfs none /mnt\n' }] }],
    },
    {
      name: 'network=host beside a mount',
      code: 'FROM alpine:3.22\nRUN --mount=type=cache,target=/var/cache/apk --network=host apk add curl\n',
      findings: [{ messageId: 'hostNetwork', line: 2, column: 46, endColumn: 60, suggestions: [{ output: 'FROM alpine:3.22\nRUN --mount=type=cache,target=/var/cache/apk apk add curl\n' }] }],
    },
    { name: 'in an ONBUILD trigger', code: 'FROM alpine:3.22\nONBUILD RUN --network=host make\n', findings: [{ messageId: 'hostNetwork', line: 2, column: 13, endColumn: 27 }] },
  ],
});
