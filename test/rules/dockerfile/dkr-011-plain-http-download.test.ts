import rule from '../../../rules/dockerfile/dkr-011-plain-http-download';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(rule, {
  good: [
    { name: 'https download', code: 'FROM alpine:3.22\nRUN curl -fsSL https://example.com/x.tar.gz -o /tmp/x.tar.gz\n' },
    { name: 'ADD https', code: 'FROM alpine:3.22\nADD https://example.com/x.tar.gz /tmp/\n' },
    { name: 'loopback', code: 'FROM alpine:3.22\nRUN curl -fsS http://localhost:8080/health\n' },
    { name: 'http in an echo', code: 'FROM alpine:3.22\nRUN echo http://example.com\n' },
    { name: 'apt sources over http are signed', code: 'FROM debian:13-slim\nRUN echo "deb http://deb.debian.org/debian trixie main" > /etc/apt/sources.list\n' },
  ],
  bad: [
    {
      name: 'ADD http',
      code: 'FROM alpine:3.22\nADD http://example.com/tool.tar.gz /tmp/\n',
      findings: [{ messageId: 'http', line: 2, column: 5, endColumn: 35, severity: 'medium', suggestions: [{ output: 'FROM alpine:3.22\nADD https://example.com/tool.tar.gz /tmp/\n' }] }],
    },
    {
      name: 'curl http in quotes with variables',
      code: 'FROM debian:13-slim\nRUN curl -sSL "http://znc.in/releases/znc-${ZNC_VERSION}.tar.gz" | tar -xz\n',
      findings: [{ messageId: 'http', line: 2, column: 16, endColumn: 64, suggestions: [{ output: 'FROM debian:13-slim\nRUN curl -sSL "https://znc.in/releases/znc-${ZNC_VERSION}.tar.gz" | tar -xz\n' }] }],
    },
    { name: 'wget http', code: 'FROM debian:13-slim\nRUN wget http://s3.amazonaws.com/influxdb/influxdb_latest_amd64.deb\n', findings: [{ messageId: 'http', line: 2, column: 10 }] },
    {
      name: 'checked by a checksum: low',
      code: 'FROM debian:13-slim\nRUN curl -fsSLO http://example.com/x.tgz && echo "abc  x.tgz" | sha256sum -c -\n',
      findings: [{ messageId: 'http', line: 2, column: 17, severity: 'low' }],
    },
    { name: 'ADD with --checksum: low', code: 'FROM alpine:3.22\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d http://example.com/x /x\n', findings: [{ messageId: 'http', line: 2, severity: 'low' }] },
    { name: 'git clone http', code: 'FROM alpine:3.22\nRUN git clone http://example.com/repo.git\n', findings: [{ messageId: 'http', line: 2, column: 15 }] },
    { name: 'pip index over http', code: 'FROM python:3.13-slim\nRUN pip install --index-url http://pypi.example.com/simple app\n', findings: [{ messageId: 'http', line: 2, column: 29 }] },
  ],
});
