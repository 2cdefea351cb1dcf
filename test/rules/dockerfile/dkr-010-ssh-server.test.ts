import rule from '../../../rules/dockerfile/dkr-010-ssh-server';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(rule, {
  good: [
    { name: 'SSH client only', code: 'FROM debian:13-slim\nRUN apt-get install -y openssh-client\n' },
    { name: 'other ports', code: 'FROM nginx:1.29\nEXPOSE 80 443/tcp 2222\n' },
    { name: 'UDP 22', code: 'FROM alpine:3.22\nEXPOSE 22/udp\n' },
    { name: 'SSH server only in a builder stage', code: 'FROM debian:13 AS build\nRUN apt-get install -y openssh-server\nEXPOSE 22\nFROM alpine:3.22\n' },
    { name: 'unknown port variable', code: 'FROM alpine:3.22\nARG PORT\nEXPOSE $PORT\n' },
    { name: 'package name mentioned by another command', code: 'FROM debian:13-slim\nRUN echo openssh-server\n' },
    { name: 'apk openssh-client', code: 'FROM alpine:3.22\nRUN apk add --no-cache openssh-client\n' },
  ],
  bad: [
    {
      name: 'the full SSH server image',
      code: 'FROM debian:13-slim\nRUN apt-get update && apt-get install -y openssh-server\nEXPOSE 22\nCMD ["/usr/sbin/sshd", "-D"]\n',
      findings: [
        { messageId: 'install', line: 2, column: 42, endColumn: 56, severity: 'medium' },
        { messageId: 'expose', line: 3, column: 8, endColumn: 10 },
        { messageId: 'run', line: 4, column: 6, endColumn: 22 },
      ],
    },
    { name: '22/tcp among other ports', code: 'FROM alpine:3.22\nEXPOSE 80 22/tcp\n', findings: [{ messageId: 'expose', line: 2, column: 11, endColumn: 17 }] },
    { name: 'a range that covers 22', code: 'FROM alpine:3.22\nEXPOSE 20-30\n', findings: [{ messageId: 'expose', line: 2, column: 8, endColumn: 13 }] },
    { name: 'port from an ARG default', code: 'FROM alpine:3.22\nARG SSH_PORT=22\nEXPOSE ${SSH_PORT}\n', findings: [{ messageId: 'expose', line: 3, column: 8, endColumn: 19 }] },
    { name: 'apk openssh', code: 'FROM alpine:3.22\nRUN apk add --no-cache openssh\n', findings: [{ messageId: 'install', line: 2, column: 24, endColumn: 31 }] },
    { name: 'dropbear', code: 'FROM alpine:3.22\nRUN apk add dropbear\nENTRYPOINT dropbear -F\n', findings: [{ messageId: 'install', line: 2, column: 13 }, { messageId: 'run', line: 3, column: 12, endColumn: 20 }] },
    { name: 'inherited through FROM <alias>', code: 'FROM ubuntu:24.04 AS base\nEXPOSE 22\nFROM base\n', findings: [{ messageId: 'expose', line: 2, column: 8 }] },
  ],
});
