import rule from '../../../rules/dockerfile/dkr-005-base-image-digest';
import { ruleTester } from '../../helpers/rule-tester';

const digest = 'sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef';

ruleTester(rule, {
  good: [
    { name: 'final stage pinned by tag and digest', code: `FROM alpine:3.22@${digest}\n` },
    { name: 'digest only', code: `FROM alpine@${digest}\n` },
    { name: 'tagged builder, pinned final stage', code: `FROM golang:1.26 AS build\nFROM gcr.io/distroless/static-debian12:nonroot@${digest}\n` },
    { name: 'scratch final stage', code: 'FROM golang:1.26-alpine AS build\nFROM scratch\n' },
    { name: 'untagged (DKR-002)', code: 'FROM python\n' },
    { name: 'latest (DKR-002)', code: 'FROM python:latest\n' },
    { name: 'unresolved ARG', code: 'ARG BASE\nFROM ${BASE}\n' },
    { name: 'empty ARG default', code: 'ARG TAG=\nFROM alpine:${TAG}\n' },
    { name: 'ARG default with digest', code: `ARG BASE=alpine:3.22@${digest}\nFROM \${BASE}\n` },
  ],
  bad: [
    { name: 'tag without digest', code: 'FROM node:22-alpine\n', findings: [{ messageId: 'noDigest', line: 1, column: 6, endColumn: 20, severity: 'low' }] },
    {
      name: 'only the final stage counts',
      code: 'FROM --platform=$BUILDPLATFORM golang:1.26 AS build\nRUN go build\nFROM alpine:3.22\nCOPY --from=build /app /app\n',
      findings: [{ messageId: 'noDigest', line: 3, column: 6, endColumn: 17 }],
    },
    {
      name: 'Windows image with an escape directive',
      code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN powershell -Command `\n    Write-Host hi\n',
      findings: [{ messageId: 'noDigest', line: 2, column: 6, endColumn: 51 }],
    },
    {
      name: 'final stage built on an earlier stage: its base needs the digest',
      code: 'ARG NODE_IMAGE=node:22-alpine\nFROM ${NODE_IMAGE} AS base\nFROM base AS runtime\nCMD ["node"]\n',
      findings: [{ messageId: 'noDigest', line: 2, column: 6, endColumn: 19, related: [':1:16'] }],
    },
  ],
});
