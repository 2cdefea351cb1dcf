import rule from '../../../rules/dockerfile/dkr-002-unpinned-base-image';
import { ruleTester } from '../../helpers/rule-tester';

const digest = 'sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef';

ruleTester(rule, {
  good: [
    { name: 'final stage pinned by tag and digest', code: `FROM alpine:3.22@${digest}\n` },
    { name: 'digest only', code: `FROM alpine@${digest}\n` },
    { name: 'latest tag pinned by digest', code: `FROM alpine:latest@${digest}\n` },
    { name: 'tagged builder, pinned final stage', code: `FROM golang:1.26 AS build\nFROM gcr.io/distroless/static-debian12:nonroot@${digest}\n` },
    { name: 'scratch', code: 'FROM golang:1.26-alpine AS build\nFROM scratch\n' },
    { name: 'FROM an earlier stage', code: `FROM alpine:3.22@${digest} AS base\nFROM base\n` },
    { name: 'unresolved ARG', code: 'ARG BASE\nFROM ${BASE}\n' },
    { name: 'unresolved tag variable', code: 'ARG TAG\nFROM alpine:${TAG}\n' },
    { name: 'ARG default with digest', code: `ARG BASE=alpine:3.22@${digest}\nFROM \${BASE}\n` },
    { name: 'tag without digest (DKR-005)', code: 'FROM node:22-alpine\n' },
    { name: 'empty ARG default: unknown tag', code: 'ARG TAG=\nFROM alpine:${TAG}\n' },
    { name: 'empty ARG default with a fallback', code: 'ARG TAG=\nFROM alpine:${TAG:-3.22}\n' },
    { name: 'registry with port and digest', code: `FROM localhost:5000/team/app:1.2@${digest}\n` },
  ],
  bad: [
    { name: 'no tag', code: 'FROM python\n', findings: [{ messageId: 'untagged', line: 1, column: 6, endLine: 1, endColumn: 12, severity: 'medium' }] },
    { name: 'latest tag', code: 'FROM ubuntu:latest\n', findings: [{ messageId: 'latest', line: 1, column: 13, endColumn: 19, severity: 'medium' }] },
    { name: 'Latest in capitals', code: 'FROM ubuntu:LATEST\n', findings: [{ messageId: 'latest', line: 1, column: 13, endColumn: 19 }] },
    {
      name: 'registry with port and no tag',
      code: `FROM localhost:5000/team/app\n`,
      findings: [{ messageId: 'untagged', line: 1, column: 6, endColumn: 29 }],
    },
    {
      name: 'multi-stage: unpinned builder, tag-only final stage',
      code: 'FROM --platform=$BUILDPLATFORM golang AS build\nRUN go build\nFROM alpine:3.22\nCOPY --from=build /app /app\n',
      findings: [{ messageId: 'untagged', line: 1, column: 32, endColumn: 38 }],
    },
    {
      name: 'ARG-expanded reference without tag',
      code: 'ARG BASE=debian\nFROM ${BASE} AS runtime\n',
      findings: [{ messageId: 'untagged', line: 2, column: 6, endColumn: 13 }],
    },
    {
      name: 'ARG-expanded tag latest: reported at the reference',
      code: 'ARG TAG=latest\nFROM alpine:${TAG}\n',
      findings: [{ messageId: 'latest', line: 2, column: 6, endColumn: 19 }],
    },
    {
      name: 'FROM a name that is not an earlier stage',
      code: 'FROM base\nFROM alpine:3.22@' + digest + ' AS base\n',
      findings: [{ messageId: 'untagged', line: 1, column: 6, endColumn: 10 }],
    },
  ],
});
