import rule from '../../../rules/dockerfile/dkr-006-named-user';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(rule, {
  good: [
    { name: 'numeric user', code: 'FROM alpine:3.22\nUSER 10001\n' },
    { name: 'numeric user and group', code: 'FROM alpine:3.22\nUSER 10001:10001\n' },
    { name: 'root (DKR-001)', code: 'FROM alpine:3.22\nUSER root\n' },
    { name: 'no USER (DKR-001)', code: 'FROM alpine:3.22\n' },
    { name: 'named user only in a builder stage', code: 'FROM node:22 AS build\nUSER node\nFROM node:22-alpine\nUSER 1000\n' },
    { name: 'Windows named user', code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nUSER ContainerUser\n' },
    { name: 'unresolved variable', code: 'FROM alpine:3.22\nARG APP_USER\nUSER ${APP_USER}\n' },
    { name: 'numeric UID from an ARG default', code: 'FROM alpine:3.22\nARG UID=10001\nUSER $UID\n' },
  ],
  bad: [
    {
      name: 'named user',
      code: 'FROM node:22-alpine\nUSER node\nCMD ["node", "server.js"]\n',
      findings: [{ messageId: 'named', line: 2, column: 6, endColumn: 10, severity: 'low' }],
    },
    { name: 'named user with a group', code: 'FROM alpine:3.22\nUSER app:app\n', findings: [{ messageId: 'named', line: 2, column: 6, endColumn: 13 }] },
    {
      name: 'named user inherited through FROM <alias>',
      code: 'FROM alpine:3.22 AS base\nUSER app\nFROM base\nCMD ["/app"]\n',
      findings: [{ messageId: 'named', line: 2, column: 6, endColumn: 9 }],
    },
    { name: 'name from an ARG default', code: 'FROM alpine:3.22\nARG APP_USER=app\nUSER ${APP_USER}\n', findings: [{ messageId: 'named', line: 3, column: 6, endColumn: 17 }] },
  ],
});
