import rule from '../../../rules/dockerfile/dkr-014-remote-script-piped-to-shell';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(rule, {
  good: [
    { name: 'download, check, run', code: 'FROM debian:13-slim\nRUN curl -fsSLo /tmp/i.sh https://example.com/i.sh && echo "abc  /tmp/i.sh" | sha256sum -c - && sh /tmp/i.sh\n' },
    { name: 'piped into tar', code: 'FROM debian:13-slim\nRUN curl -fsSL https://example.com/x.tgz | tar -xz -C /opt\n' },
    { name: 'piped into gpg', code: 'FROM debian:13-slim\nRUN curl -fsSL https://example.com/key.asc | gpg --dearmor -o /etc/apt/keyrings/x.gpg\n' },
    { name: 'piped into shasum', code: 'FROM debian:13-slim\nRUN curl -fsSL https://example.com/x | sha256sum\n' },
  ],
  bad: [
    {
      name: 'curl | sh',
      code: 'FROM debian:13-slim\nRUN curl -fsSL https://example.com/install.sh | sh\n',
      findings: [{ messageId: 'piped', line: 2, column: 5, endColumn: 51, severity: 'medium' }],
    },
    { name: 'wget -O- | bash with sudo -E', code: 'FROM ubuntu:24.04\nRUN wget -qO- https://deb.nodesource.com/setup_22.x | sudo -E bash -\n', findings: [{ messageId: 'piped', line: 2, column: 5, endColumn: 67 }] },
    {
      name: 'after other commands, continued line',
      code: 'FROM ubuntu:24.04\nRUN apt-get update && \\\n    curl -sSf https://raw.githubusercontent.com/x/y/master/install.sh | /bin/bash -s -- -v 1\n',
      findings: [{ messageId: 'piped', line: 3, column: 5, endColumn: 82 }],
    },
    { name: 'in a heredoc', code: 'FROM debian:13-slim\nRUN <<EOF\ncurl https://install.example.com/ | sh\nEOF\n', trailingSpaceVariant: false, findings: [{ messageId: 'piped', line: 3, column: 1, endColumn: 39 }] },
  ],
});
