import rule from '../../../rules/dockerfile/dkr-001-root-user';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(rule, {
  good: [
    { name: 'numeric non-root user', code: 'FROM alpine:3.22\nUSER 10001\n' },
    { name: 'numeric user with group 0', code: 'FROM alpine:3.22\nUSER 1000:0\n' },
    { name: 'root only in the builder stage', code: 'FROM golang:1.26 AS build\nUSER root\nRUN go build\nFROM alpine:3.22\nUSER 10001\n' },
    { name: 'user inherited through FROM <alias>', code: 'FROM alpine:3.22 AS base\nUSER 10001\nFROM base\nCMD ["/app"]\n' },
    { name: 'distroless nonroot base', code: 'FROM golang:1.26 AS build\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /app /app\n' },
    { name: 'distroless debug-nonroot base', code: 'FROM gcr.io/distroless/base-debian12:debug-nonroot\n' },
    { name: 'Chainguard base', code: 'FROM cgr.dev/chainguard/static:latest\nCOPY app /app\n' },
    { name: 'Nano Server base runs as ContainerUser', code: 'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nCMD ["cmd"]\n' },
    { name: 'Windows named user', code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nUSER ContainerUser\n' },
    { name: 'unresolved base image', code: 'ARG BASE\nFROM ${BASE}\nCMD ["/app"]\n' },
    { name: 'unresolved user variable', code: 'FROM alpine:3.22\nARG UID\nUSER ${UID}\n' },
    { name: 'user from an ARG default', code: 'FROM alpine:3.22\nARG UID=10001\nUSER ${UID}\n' },
    { name: 'root before the final USER', code: 'FROM alpine:3.22\nUSER root\nRUN apk add curl\nUSER 65532:65532\n' },
    { name: 'empty file', code: '' },
    { name: 'named user (DKR-006)', code: 'FROM node:22-alpine\nUSER node\nCMD ["node", "server.js"]\n' },
    { name: 'export-only FROM scratch stage', code: 'FROM golang:1.26 AS lint\nRUN golangci-lint run\nFROM scratch\nCOPY --from=lint /out /\n' },
    { name: 'empty ARG default in FROM: unknown image', code: '# escape=`\nARG TAG=\nFROM mcr.microsoft.com/windows/servercore:${TAG}\nRUN echo hi\n' },
    { name: 'gosu-deps virtual package name alone does not count', code: 'FROM alpine:3.22\nUSER 10001\nRUN echo gosu-deps\n' },
  ],
  bad: [
    {
      name: 'explicit root',
      code: 'FROM alpine:3.22\nUSER root\n',
      findings: [{ messageId: 'root', line: 2, column: 6, endLine: 2, endColumn: 10, severity: 'high', suggestions: [{ output: 'FROM alpine:3.22\nUSER 10001\n' }] }],
    },
    {
      name: 'uid 0 with a group',
      code: 'FROM alpine:3.22\nUSER 0:0\n',
      findings: [{ messageId: 'root', line: 2, column: 6, endColumn: 9, suggestions: [{ output: 'FROM alpine:3.22\nUSER 10001\n' }] }],
    },
    { name: 'root with a group', code: 'FROM alpine:3.22\nUSER root:app\n', findings: [{ messageId: 'root', line: 2, column: 6, endColumn: 14 }] },
    {
      name: 'USER never set: insert before CMD',
      code: 'FROM alpine:3.22\nRUN apk add --no-cache curl\nCMD ["curl"]\n',
      findings: [{ messageId: 'unset', line: 1, column: 1, endLine: 1, endColumn: 17, severity: 'high', suggestions: [{ output: 'FROM alpine:3.22\nRUN apk add --no-cache curl\nUSER 10001\nCMD ["curl"]\n' }] }],
    },
    {
      name: 'USER never set: insert at the end of a file without a final line break',
      code: 'FROM alpine:3.22\nRUN true',
      findings: [{ messageId: 'unset', line: 1, column: 1, suggestions: [{ output: 'FROM alpine:3.22\nRUN true\nUSER 10001\n' }] }],
    },
    {
      name: 'FROM scratch without USER',
      code: 'FROM golang:1.26 AS build\nUSER 10001\nFROM scratch\nCOPY --from=build /app /app\nENTRYPOINT ["/app"]\n',
      findings: [{ messageId: 'unset', line: 3, column: 1, endColumn: 13, suggestions: [{ output: 'FROM golang:1.26 AS build\nUSER 10001\nFROM scratch\nCOPY --from=build /app /app\nUSER 10001\nENTRYPOINT ["/app"]\n' }] }],
    },
    {
      name: 'root inherited through FROM <alias>',
      code: 'FROM alpine:3.22 AS base\nUSER root\nFROM base\nCMD ["sh"]\n',
      findings: [{ messageId: 'root', line: 2, column: 6, endColumn: 10 }],
    },
    {
      name: 'ARG-expanded base without USER',
      code: 'ARG BASE=debian:13-slim\nFROM ${BASE}\nCMD ["bash"]\n',
      findings: [{ messageId: 'unset', line: 2, column: 1, endColumn: 13 }],
    },
    { name: 'Chainguard -dev variant runs as root', code: 'FROM cgr.dev/chainguard/python:latest-dev\n', findings: [{ messageId: 'unset', line: 1 }] },
    { name: 'distroless root variant', code: 'FROM gcr.io/distroless/static-debian12\n', findings: [{ messageId: 'unset', line: 1 }] },
    {
      name: 'root user from a variable',
      code: 'FROM alpine:3.22\nENV RUN_AS=root\nUSER $RUN_AS\n',
      findings: [{ messageId: 'root', line: 3, column: 6, endColumn: 13, suggestions: [{ output: 'FROM alpine:3.22\nENV RUN_AS=root\nUSER 10001\n' }] }],
    },
    {
      name: 'entrypoint steps down with gosu: starts as root',
      code: 'FROM debian:13-slim\nRUN set -eux; \\\n\twget -O /usr/local/bin/gosu "https://github.com/tianon/gosu/releases/download/1.17/gosu-amd64"; \\\n\tchmod +x /usr/local/bin/gosu; gosu nobody true\nENTRYPOINT ["docker-entrypoint.sh"]\n',
      findings: [{ messageId: 'stepsDown', line: 1, column: 1, endColumn: 20, severity: 'medium', suggestions: [] }],
    },
    {
      name: 'explicit root with su-exec',
      code: 'FROM alpine:3.22\nRUN apk add --no-cache su-exec\nUSER root\nENTRYPOINT ["/entrypoint.sh"]\n',
      findings: [{ messageId: 'stepsDown', line: 3, column: 6, endColumn: 10, severity: 'medium' }],
    },
    {
      name: 'FROM scratch with an ENTRYPOINT inherited through FROM <alias>',
      code: 'FROM scratch AS base\nENTRYPOINT ["/app"]\nFROM base\nCOPY app /app\n',
      findings: [{ messageId: 'unset', line: 3, column: 1, endColumn: 10 }],
    },
    {
      name: 'Windows ContainerAdministrator',
      code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nUSER ContainerAdministrator\n',
      findings: [{ messageId: 'root', line: 3, column: 6, endColumn: 28 }],
    },
    {
      name: 'lower-case instructions, multi-stage, root last in the final stage',
      code: 'from golang:1.26 as build\nuser 10001\nfrom alpine:3.22\nuser 10001\nuser root\n',
      findings: [{ messageId: 'root', line: 5, column: 6, endColumn: 10 }],
    },
  ],
});
