import rule from '../../../rules/dockerfile/dkr-016-remote-add-without-checksum';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(rule, {
  good: [
    { name: 'with a checksum', code: 'FROM alpine:3.22\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/x.tgz /tmp/\n' },
    { name: 'a git source', code: 'FROM alpine:3.22\nADD --keep-git-dir=true https://github.com/golangci/golangci-lint.git#v2.8.0 /src\n' },
    { name: 'a local file', code: 'FROM alpine:3.22\nADD app.tar.gz /opt/\n' },
    { name: 'plain http (DKR-011)', code: 'FROM alpine:3.22\nADD http://example.com/x.tgz /tmp/\n' },
  ],
  bad: [
    {
      name: 'https without a checksum',
      code: 'FROM alpine:3.22\nADD https://example.com/tool.tar.gz /tmp/\n',
      findings: [{ messageId: 'noChecksum', line: 2, column: 5, endColumn: 36, severity: 'low' }],
    },
    {
      name: 'JSON form with a variable',
      code: 'FROM alpine:3.22\nARG V=1.2\nADD ["https://example.com/tool-${V}.tgz", "/tmp/"]\n',
      findings: [{ messageId: 'noChecksum', line: 3, column: 6, endColumn: 41 }],
    },
  ],
});
