import rule from '../../../rules/dockerfile/dkr-017-package-index-update-alone';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(rule, {
  good: [
    { name: 'update and install together', code: 'FROM debian:13-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n' },
    { name: 'update and upgrade', code: 'FROM debian:13-slim\nRUN apt-get update && apt-get -y upgrade\n' },
    { name: 'apk update and add', code: 'FROM alpine:3.22\nRUN apk update && apk add curl\n' },
    { name: 'heredoc with install', code: 'FROM debian:13-slim\nRUN <<EOF\nset -e\napt-get update\napt-get install -y curl\nEOF\n', trailingSpaceVariant: false },
    { name: 'installs through a helper script', code: 'FROM debian:13-slim\nRUN apt-get update && ./install-deps.sh\n' },
    { name: 'yum update upgrades packages', code: 'FROM rockylinux:9\nRUN yum -y update\n' },
  ],
  bad: [
    {
      name: 'apt-get update alone',
      code: 'FROM debian:13-slim\nRUN apt-get update\nRUN apt-get install -y curl\n',
      findings: [{ messageId: 'alone', line: 2, column: 5, endColumn: 19, severity: 'low' }],
    },
    { name: 'apk update alone with cleanup', code: 'FROM alpine:3.22\nRUN apk update && rm -rf /var/cache/apk/*\n', findings: [{ messageId: 'alone', line: 2, column: 5, endColumn: 15 }] },
    { name: 'apt update -y', code: 'FROM ubuntu:24.04\nRUN apt update -y\n', findings: [{ messageId: 'alone', line: 2, column: 5, endColumn: 18 }] },
  ],
});
