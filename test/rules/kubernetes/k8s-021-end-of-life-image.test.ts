import { beforeAll, describe, expect, it } from 'vitest';
import rule from '../../../rules/kubernetes/k8s-021-end-of-life-image';
import type { AnyRule } from '../../../server/src/engine/rule';
import { initParsers } from '../../../server/src/parsers';
import { lintWith, ruleTester } from '../../helpers/rule-tester';

// Good cases name releases the table has no end date for, bad cases releases whose support had
// already ended at the snapshot: neither depends on the date of the run.
const pod = (image: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: ${image}\n`;

ruleTester(rule, {
  good: [
    { name: 'supported Node.js on a supported Alpine', code: pod('node:24-alpine3.23') },
    { name: 'supported Debian', code: pod('debian:13-slim') },
    { name: 'supported Ubuntu LTS by codename', code: pod('ubuntu:noble') },
    { name: 'major-only Python tag', code: pod('python:3-slim') },
    { name: 'untagged and latest (K8S-005)', code: pod('node') },
    { name: 'image of another publisher', code: pod('registry.example.com/team/node:14') },
    { name: 'variable tag', code: pod('"node:$(NODE_VERSION)"') },
    { name: 'unrendered template', code: pod('"python:{{ .Values.pythonVersion }}"') },
    { name: 'LTS Temurin', code: pod('eclipse-temurin:21-jre-alpine') },
  ],
  bad: [
    {
      name: 'EOL Node.js',
      code: pod('node:16-alpine'),
      findings: [{ messageId: 'ended', line: 8, column: 12, endColumn: 26, severity: 'high' }],
    },
    {
      name: 'both parts of a variant tag',
      code: pod('node:20-alpine3.19'),
      findings: [{ messageId: 'ended', line: 8, column: 12, endColumn: 30 }],
    },
    { name: 'Debian 10 past LTS by codename', code: pod('debian:buster-slim'), findings: [{ messageId: 'ended', line: 8, column: 12, endColumn: 30 }] },
    { name: 'Python on Debian 11 with a digest', code: pod('"python:3.12-slim-bullseye@sha256:0a399eb16751829e1af26fea27b20c3ec28d7ab1fb72182879dcae1cca21206a"'), findings: [{ messageId: 'ended', line: 8 }] },
    { name: 'Ubuntu 20.04 (ESM by subscription)', code: pod('ubuntu:20.04'), findings: [{ messageId: 'ended', line: 8, column: 12, endColumn: 24 }] },
    { name: 'CentOS 7 through the docker.io library path', code: pod('docker.io/library/centos:7'), findings: [{ messageId: 'ended', line: 8, column: 12, endColumn: 38 }] },
    { name: 'deprecated openjdk image', code: pod('openjdk:17-jdk-slim'), findings: [{ messageId: 'deprecated', line: 8, column: 12, endColumn: 31, severity: 'medium' }] },
    { name: '.NET 6 on Microsoft Container Registry', code: pod('mcr.microsoft.com/dotnet/aspnet:6.0'), findings: [{ messageId: 'ended', line: 8 }] },
    {
      name: 'init container of a CronJob',
      code: `apiVersion: batch/v1
kind: CronJob
metadata:
  name: backup
spec:
  schedule: "@hourly"
  jobTemplate:
    spec:
      template:
        spec:
          initContainers:
          - name: wait
            image: alpine:3.18
          containers:
          - name: backup
            image: postgres:17
`,
      findings: [{ messageId: 'ended', line: 13, column: 20, endColumn: 31 }],
    },
  ],
});

ruleTester(rule, {
  good: [
    {
      name: 'terraform: supported runtime',
      filename: 'main.tf',
      code: 'resource "kubernetes_pod_v1" "web" {\n  metadata {\n    name = "web"\n  }\n  spec {\n    container {\n      name  = "web"\n      image = "python:3.13-slim"\n    }\n  }\n}\n',
    },
  ],
  bad: [
    {
      name: 'terraform: EOL Python from a variable default',
      filename: 'main.tf',
      code: 'resource "kubernetes_pod_v1" "web" {\n  metadata {\n    name = "web"\n  }\n  spec {\n    container {\n      name  = "web"\n      image = var.image\n    }\n  }\n}\n',
      files: { 'variables.tf': 'variable "image" {\n  default = "python:3.8-slim"\n}\n' },
      findings: [{ messageId: 'ended', line: 8, column: 15, endColumn: 24, related: ['variables.tf:2:13'] }],
    },
  ],
});

describe('messages', () => {
  beforeAll(async () => {
    await initParsers();
  });
  it.each([
    [
      'node:20-alpine3.19',
      'Image "node:20-alpine3.19" is built on Node.js 20 (support ended on 2026-04-30) and Alpine Linux 3.19 (support ended on 2025-11-01), ' +
        'past the end of security support; supported: Node.js 22, 24, 26; Alpine Linux 3.22, 3.23, 3.24.',
    ],
    [
      'ubuntu:focal',
      'Image "ubuntu:focal" is built on Ubuntu 20.04 (support ended on 2025-05-31; ESM until 2030-04-02, by subscription), ' +
        'past the end of security support; supported: Ubuntu 22.04, 24.04, 26.04.',
    ],
    [
      'node:16',
      'Image "node:16" is built on Node.js 16 (older than the oldest release tracked, whose support ended on 2023-06-01), ' +
        'past the end of security support; supported: Node.js 22, 24, 26.',
    ],
  ])('%s', (image, message) => {
    expect(lintWith(rule as unknown as AnyRule, pod(image)).findings.map((f) => f.message)).toEqual([message]);
  });
});
