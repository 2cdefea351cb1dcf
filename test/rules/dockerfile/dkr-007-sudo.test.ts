import rule from '../../../rules/dockerfile/dkr-007-sudo';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(rule, {
  good: [
    { name: 'plain RUN as root', code: 'FROM ubuntu:24.04\nRUN apt-get update\nUSER 10001\n' },
    { name: 'installing a package named sudo is not using it', code: 'FROM debian:13-slim\nRUN apt-get install -y --no-install-recommends sudo\n' },
    { name: 'gosu in the entrypoint', code: 'FROM debian:13-slim\nRUN gosu nobody true\n' },
    { name: 'sudo as an argument', code: 'FROM alpine:3.22\nRUN echo sudo\n' },
    { name: 'su to an unprivileged user drops privileges', code: 'FROM alpine:3.22\nRUN su nobody -s /bin/sh -c "make"\n' },
    { name: 'su without -c', code: 'FROM alpine:3.22\nRUN su --help\n' },
    { name: 'NOPASSWD outside sudoers', code: 'FROM alpine:3.22\nRUN echo NOPASSWD > /tmp/notes\n' },
    { name: 'exec form', code: 'FROM alpine:3.22\nRUN ["sudo", "true"]\n' },
  ],
  bad: [
    {
      name: 'sudo as root: remove it',
      code: 'FROM ubuntu:24.04\nRUN sudo apt-get update\n',
      findings: [{ messageId: 'sudo', line: 2, column: 5, endColumn: 9, severity: 'medium', suggestions: [{ output: 'FROM ubuntu:24.04\nRUN apt-get update\n' }] }],
    },
    {
      name: 'sudo with options after a non-root USER: no suggestion',
      code: 'FROM ubuntu:24.04\nUSER app\nRUN sudo -E apt-get update && sudo rm -rf /var/lib/apt/lists/*\n',
      findings: [
        { messageId: 'sudo', line: 3, column: 5, endColumn: 9, suggestions: [] },
        { messageId: 'sudo', line: 3, column: 31, endColumn: 35, suggestions: [] },
      ],
    },
    {
      name: 'sudo with options as root',
      code: 'FROM ubuntu:24.04\nRUN sudo -E make install\n',
      findings: [{ messageId: 'sudo', line: 2, column: 5, suggestions: [{ output: 'FROM ubuntu:24.04\nRUN make install\n' }] }],
    },
    {
      name: 'inside a subshell, continued line',
      code: 'FROM php:8.4-cli\nRUN cd ext && \\\n    (phpize && make && sudo make install)\n',
      findings: [{ messageId: 'sudo', line: 3, column: 24, endColumn: 28 }],
    },
    { name: 'in a heredoc', code: 'FROM ubuntu:24.04\nRUN <<EOF\nsudo apt-get update\nEOF\n', trailingSpaceVariant: false, findings: [{ messageId: 'sudo', line: 3, column: 1, endColumn: 5 }] },
    { name: 'in an ONBUILD trigger', code: 'FROM ubuntu:24.04\nONBUILD RUN sudo make\n', findings: [{ messageId: 'sudo', line: 2, column: 13, endColumn: 17 }] },
    { name: 'doas', code: 'FROM alpine:3.22\nRUN doas apk add curl\n', findings: [{ messageId: 'sudo', line: 2, column: 5, endColumn: 9 }] },
    { name: 'su -c to root', code: 'FROM alpine:3.22\nUSER app\nRUN su -c "apk add curl"\n', findings: [{ messageId: 'su', line: 3, column: 5, endColumn: 7 }] },
    { name: 'su root -c', code: 'FROM alpine:3.22\nRUN su root -c "make"\n', findings: [{ messageId: 'su', line: 2, column: 5, endColumn: 7 }] },
    {
      name: 'passwordless sudoers entry',
      code: 'FROM debian:13-slim\nRUN echo "app ALL=(ALL) NOPASSWD: ALL" >> /etc/sudoers\n',
      findings: [{ messageId: 'nopasswd', line: 2, column: 25, endColumn: 33, severity: 'high' }],
    },
  ],
});
