import rule from '../../../rules/dockerfile/dkr-015-world-writable-files';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(rule, {
  good: [
    { name: 'owner-writable', code: 'FROM alpine:3.22\nRUN chmod -R 755 /app\n' },
    { name: 'group-writable', code: 'FROM alpine:3.22\nRUN chmod 775 /app && chmod g+w /data\n' },
    { name: 'sticky shared directory', code: 'FROM alpine:3.22\nRUN chmod 1777 /shared && chmod a+rwxt /scratch\n' },
    { name: 'temporary build directory', code: 'FROM alpine:3.22\nRUN chmod 777 "$tempDir" && chmod 777 /tmp/build\n' },
    { name: 'plus w without who respects the umask', code: 'FROM alpine:3.22\nRUN chmod +w /app/config\n' },
    { name: 'COPY --chmod 0755', code: 'FROM alpine:3.22\nCOPY --chmod=0755 run.sh /usr/local/bin/\n' },
  ],
  bad: [
    { name: 'chmod -R 777', code: 'FROM alpine:3.22\nRUN mkdir /app && chmod -R 777 /app\n', findings: [{ messageId: 'worldWritable', line: 2, column: 28, endColumn: 31, severity: 'low' }] },
    { name: 'chmod 0666', code: 'FROM alpine:3.22\nRUN chmod 0666 /etc/app.conf\n', findings: [{ messageId: 'worldWritable', line: 2, column: 11, endColumn: 15 }] },
    { name: 'chmod o+w', code: 'FROM alpine:3.22\nRUN chmod o+w /app\n', findings: [{ messageId: 'worldWritable', line: 2, column: 11, endColumn: 14 }] },
    { name: 'chmod a=rwx', code: 'FROM alpine:3.22\nRUN chmod -R a=rwx /go/pkg\n', findings: [{ messageId: 'worldWritable', line: 2, column: 14, endColumn: 19 }] },
    { name: 'COPY --chmod=777', code: 'FROM alpine:3.22\nCOPY --chmod=777 app /app\n', findings: [{ messageId: 'worldWritable', line: 2, column: 14, endColumn: 17 }] },
  ],
});
