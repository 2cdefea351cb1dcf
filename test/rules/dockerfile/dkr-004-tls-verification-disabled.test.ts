import rule from '../../../rules/dockerfile/dkr-004-tls-verification-disabled';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(rule, {
  good: [
    { name: 'curl with verification', code: 'FROM alpine:3.22\nRUN curl -fsSL https://x.test/install.sh -o /tmp/i.sh\n' },
    { name: 'k as the value of another option', code: 'FROM alpine:3.22\nRUN curl -H k -o k https://x.test\n' },
    { name: 'k inside the value of a clustered option', code: 'FROM alpine:3.22\nRUN curl -ok.tar.gz https://x.test/k.tar.gz\n' },
    { name: 'curl with a private CA', code: 'FROM alpine:3.22\nRUN curl --cacert /etc/ssl/corp.pem https://x.test\n' },
    { name: 'wget with verification', code: 'FROM alpine:3.22\nRUN wget -q https://x.test/a.tgz\n' },
    { name: 'pip with an index URL', code: 'FROM python:3.13-slim\nRUN pip install --index-url https://pypi.corp.test/simple app\n' },
    { name: 'strict-ssl true', code: 'FROM node:22\nRUN npm config set strict-ssl true\n' },
    { name: 'git sslVerify true', code: 'FROM alpine:3.22\nRUN git config --global http.sslVerify true\n' },
    { name: 'NODE_TLS_REJECT_UNAUTHORIZED=1', code: 'FROM node:22\nENV NODE_TLS_REJECT_UNAUTHORIZED=1\n' },
    { name: 'echo of an insecure flag', code: 'FROM alpine:3.22\nRUN echo "curl -k is insecure"\n' },
    { name: 'value from a variable', code: 'FROM node:22\nARG TLS=1\nENV NODE_TLS_REJECT_UNAUTHORIZED=$TLS\n' },
    { name: 'JSON form without a shell', code: 'FROM alpine:3.22\nRUN ["curl", "-fsSL", "https://x.test"]\n' },
  ],
  bad: [
    {
      name: 'curl -k',
      code: 'FROM alpine:3.22\nRUN curl -k https://x.test/a.sh | sh\n',
      findings: [{ messageId: 'insecureFlag', line: 2, column: 10, endLine: 2, endColumn: 12, severity: 'high', suggestions: [{ output: 'FROM alpine:3.22\nRUN curl https://x.test/a.sh | sh\n' }] }],
    },
    {
      name: 'curl --insecure',
      code: 'FROM alpine:3.22\nRUN curl --insecure -o /tmp/a https://x.test/a\n',
      findings: [{ messageId: 'insecureFlag', line: 2, column: 10, endColumn: 20, suggestions: [{ output: 'FROM alpine:3.22\nRUN curl -o /tmp/a https://x.test/a\n' }] }],
    },
    {
      name: 'k in a cluster of short options',
      code: 'FROM alpine:3.22\nRUN curl -fsSLk https://x.test/a.sh -o a.sh\n',
      findings: [{ messageId: 'insecureFlag', line: 2, column: 15, endColumn: 16, suggestions: [{ output: 'FROM alpine:3.22\nRUN curl -fsSL https://x.test/a.sh -o a.sh\n' }] }],
    },
    {
      name: 'across continuation lines, flag at the start of a line',
      code: 'FROM alpine:3.22\nRUN apk add curl \\\n && curl \\\n    -k \\\n    https://x.test\n',
      findings: [{ messageId: 'insecureFlag', line: 4, column: 5, endColumn: 7, suggestions: [{ output: 'FROM alpine:3.22\nRUN apk add curl \\\n && curl \\\n    \\\n    https://x.test\n' }] }],
    },
    {
      name: 'wget --no-check-certificate in a heredoc',
      code: 'FROM alpine:3.22\nRUN <<EOF\nset -e\nwget --no-check-certificate https://x.test/a.tgz\nEOF\n',
      trailingSpaceVariant: false,
      findings: [{ messageId: 'insecureFlag', line: 4, column: 6, endColumn: 28, suggestions: [{ output: 'FROM alpine:3.22\nRUN <<EOF\nset -e\nwget https://x.test/a.tgz\nEOF\n' }] }],
    },
    {
      name: 'pip --trusted-host with its value',
      code: 'FROM python:3.13-slim\nRUN pip install --trusted-host pypi.corp.test app\n',
      findings: [{ messageId: 'trustedHost', line: 2, column: 17, endColumn: 31, suggestions: [{ output: 'FROM python:3.13-slim\nRUN pip install app\n' }] }],
    },
    {
      name: 'python -m pip --trusted-host=',
      code: 'FROM python:3.13-slim\nRUN python3 -m pip install --trusted-host=pypi.corp.test app\n',
      findings: [{ messageId: 'trustedHost', line: 2, column: 28, endColumn: 57, suggestions: [{ output: 'FROM python:3.13-slim\nRUN python3 -m pip install app\n' }] }],
    },
    {
      name: 'npm config set strict-ssl false',
      code: 'FROM node:22\nRUN npm config set strict-ssl false && npm ci\n',
      findings: [{ messageId: 'insecureConfig', line: 2, column: 20, endColumn: 36, suggestions: [{ output: 'FROM node:22\nRUN npm config set strict-ssl true && npm ci\n' }] }],
    },
    {
      name: 'yarn config set strict-ssl false',
      code: 'FROM node:22\nRUN yarn config set strict-ssl false\n',
      findings: [{ messageId: 'insecureConfig', line: 2, column: 21, endColumn: 37 }],
    },
    {
      name: 'git -c http.sslVerify=false',
      code: 'FROM alpine:3.22\nRUN git -c http.sslVerify=false clone https://git.corp.test/app.git\n',
      findings: [{ messageId: 'insecureConfig', line: 2, column: 9, endColumn: 32, suggestions: [{ output: 'FROM alpine:3.22\nRUN git clone https://git.corp.test/app.git\n' }] }],
    },
    {
      name: 'git config --global http.sslVerify false',
      code: 'FROM alpine:3.22\nRUN git config --global http.sslVerify false\n',
      findings: [{ messageId: 'insecureConfig', line: 2, column: 25, endColumn: 45, suggestions: [{ output: 'FROM alpine:3.22\nRUN git config --global http.sslVerify true\n' }] }],
    },
    {
      name: 'ENV NODE_TLS_REJECT_UNAUTHORIZED=0',
      code: 'FROM node:22\nENV NODE_TLS_REJECT_UNAUTHORIZED=0\n',
      findings: [{ messageId: 'insecureEnv', line: 2, column: 5, endColumn: 35, suggestions: [{ output: 'FROM node:22\nENV NODE_TLS_REJECT_UNAUTHORIZED=1\n' }] }],
    },
    {
      name: 'legacy ENV PYTHONHTTPSVERIFY 0 and GIT_SSL_NO_VERIFY',
      code: 'FROM python:3.13-slim\nENV PYTHONHTTPSVERIFY 0\nENV GIT_SSL_NO_VERIFY=true\n',
      findings: [
        { messageId: 'insecureEnv', line: 2, column: 5, endColumn: 24, suggestions: [{ output: 'FROM python:3.13-slim\nENV PYTHONHTTPSVERIFY 1\nENV GIT_SSL_NO_VERIFY=true\n' }] },
        { messageId: 'insecureEnv', line: 3, column: 5, endColumn: 27, suggestions: [] },
      ],
    },
    {
      name: 'assignment before a command in RUN',
      code: 'FROM node:22\nRUN NODE_TLS_REJECT_UNAUTHORIZED=0 npm ci\n',
      findings: [{ messageId: 'insecureEnv', line: 2, column: 5, endColumn: 35, suggestions: [{ output: 'FROM node:22\nRUN NODE_TLS_REJECT_UNAUTHORIZED=1 npm ci\n' }] }],
    },
    {
      name: 'inside sh -c and behind sudo',
      code: 'FROM ubuntu:24.04\nRUN sh -c "sudo curl -k https://x.test"\n',
      findings: [{ messageId: 'insecureFlag', line: 2, column: 22, endColumn: 24, suggestions: [{ output: 'FROM ubuntu:24.04\nRUN sh -c "sudo curl https://x.test"\n' }] }],
    },
    {
      name: 'Windows image with escape directive',
      code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN curl.exe -k `\n    -o C:\\app.zip https://x.test/app.zip\n',
      findings: [{ messageId: 'insecureFlag', line: 3, column: 14, endColumn: 16 }],
    },
    {
      name: 'ONBUILD trigger',
      code: 'FROM alpine:3.22\nONBUILD RUN curl --insecure https://x.test\n',
      findings: [{ messageId: 'insecureFlag', line: 2, column: 18, endColumn: 28 }],
    },
    {
      name: 'multi-stage: builder stage too',
      code: 'FROM golang:1.26 AS build\nRUN wget --no-check-certificate https://x.test/tool\nFROM alpine:3.22\nRUN curl -sk https://x.test\n',
      findings: [
        { messageId: 'insecureFlag', line: 2, column: 10, endColumn: 32 },
        { messageId: 'insecureFlag', line: 4, column: 12, endColumn: 13, suggestions: [{ output: 'FROM golang:1.26 AS build\nRUN wget --no-check-certificate https://x.test/tool\nFROM alpine:3.22\nRUN curl -s https://x.test\n' }] },
      ],
    },
  ],
});
