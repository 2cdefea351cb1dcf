import { describe } from 'vitest';
import rule from '../../../rules/dockerfile/dkr-012-unapproved-registry';
import type { AnyRule } from '../../../server/src/engine/rule';
import { withOptions } from '../../helpers/rule-options';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(rule, {
  good: [
    { name: 'ECR', code: 'FROM 123456789012.dkr.ecr.eu-west-1.amazonaws.com/base/node:24-alpine\n' },
    { name: 'ECR dual-stack', code: 'FROM 123456789012.dkr-ecr.eu-west-1.on.aws/base/node:24\n' },
    { name: 'ACR', code: 'FROM acmeregistry.azurecr.io/base/python:3.13-slim\n' },
    { name: 'Artifact Registry', code: 'FROM europe-west1-docker.pkg.dev/acme/base/python:3.13\n' },
    { name: 'gcr.io repository', code: 'FROM gcr.io/acme/app:1.0\n' },
    { name: 'scratch and stages', code: 'FROM acme.azurecr.io/go:1.26 AS build\nFROM scratch\nCOPY --from=build /app /app\nCOPY --from=0 /x /x\n' },
    { name: 'unknown ARG', code: 'ARG BASE\nFROM ${BASE}\n' },
    { name: 'COPY --from a variable', code: 'FROM acme.azurecr.io/app:1\nARG TOOLS\nCOPY --from=${TOOLS} /bin/x /x\n' },
  ],
  bad: [
    {
      name: 'Docker Hub image without a host',
      code: 'FROM node:24-alpine\n',
      findings: [{ messageId: 'unapproved', line: 1, column: 6, endColumn: 20, severity: 'medium' }],
    },
    { name: 'GHCR', code: 'FROM ghcr.io/acme/app:1.0\n', findings: [{ messageId: 'unapproved', line: 1, column: 6, endColumn: 26 }] },
    { name: 'ECR Public is not approved by default', code: 'FROM public.ecr.aws/docker/library/node:24\n', findings: [{ messageId: 'unapproved', line: 1 }] },
    { name: 'a look-alike host', code: 'FROM 123456789012.dkr.ecr.eu-west-1.amazonaws.com.evil.io/node:24\n', findings: [{ messageId: 'unapproved', line: 1 }] },
    {
      name: 'COPY --from an image and RUN --mount from an image',
      code: 'FROM acme.azurecr.io/app:1\nCOPY --from=docker/buildx-bin:0.20 /buildx /usr/libexec/docker/cli-plugins/docker-buildx\nRUN --mount=from=busybox:1.37,src=/bin/busybox,target=/bb /bb true\n',
      findings: [
        { messageId: 'unapproved', line: 2, column: 13, endColumn: 35 },
        { messageId: 'unapproved', line: 3, column: 18, endColumn: 30 },
      ],
    },
    { name: 'ARG-expanded reference', code: 'ARG BASE=python:3.13\nFROM ${BASE}\n', findings: [{ messageId: 'unapproved', line: 2, column: 6, endColumn: 13, related: [':1:10'] }] },
  ],
});

describe('with a configured list', () => {
  const [configured] = withOptions([rule as unknown as AnyRule], { 'DKR-012': { registries: 'registry.acme.example, ghcr.io/acme/, docker.io/library/alpine' } });
  ruleTester(configured as typeof rule, {
    good: [
      { name: 'own registry', code: 'FROM registry.acme.example/base/node:24\n' },
      { name: 'path prefix', code: 'FROM ghcr.io/acme/tools/app:1.0\n' },
      { name: 'one official image', code: 'FROM alpine:3.22\n' },
    ],
    bad: [
      { name: 'another GHCR owner: high', code: 'FROM ghcr.io/other/app:1.0\n', findings: [{ messageId: 'unapproved', line: 1, severity: 'high' }] },
      { name: 'another official image', code: 'FROM debian:13\n', findings: [{ messageId: 'unapproved', line: 1, severity: 'high' }] },
      { name: 'a cloud registry not listed', code: 'FROM acme.azurecr.io/app:1\n', findings: [{ messageId: 'unapproved', line: 1 }] },
    ],
  });
});
