import rule from '../../../rules/dockerfile/dkr-008-package-signature-bypass';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(rule, {
  good: [
    { name: 'verified install', code: 'FROM debian:13-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n' },
    { name: 'apk local packages from this build', code: 'FROM alpine:3.22\nRUN apk add --no-cache --allow-untrusted /tmp/packages/nginx-module-${module}-${NGINX_VERSION}*.apk\n' },
    { name: 'trusted local file repository', code: 'FROM debian:13-slim\nRUN echo "deb [ trusted=yes ] file://$tempDir ./" > /etc/apt/sources.list.d/temp.list\n' },
    { name: 'gpgcheck on', code: 'FROM rockylinux:9\nRUN echo "gpgcheck=1" >> /etc/yum.repos.d/x.repo && dnf install -y curl\n' },
    { name: 'repo_gpgcheck is another key', code: 'FROM rockylinux:9\nRUN echo "repo_gpgcheck=0" >> /etc/yum.repos.d/x.repo\n' },
    { name: 'option of another tool', code: 'FROM alpine:3.22\nRUN echo --allow-untrusted\n' },
  ],
  bad: [
    {
      name: 'apt-get --allow-unauthenticated',
      code: 'FROM debian:13-slim\nRUN apt-get install -y --allow-unauthenticated curl\n',
      findings: [{ messageId: 'option', line: 2, column: 24, endColumn: 47, severity: 'high', suggestions: [{ output: 'FROM debian:13-slim\nRUN apt-get install -y curl\n' }] }],
    },
    { name: 'apt-get --force-yes', code: 'FROM ubuntu:24.04\nRUN apt-get -y --force-yes install curl\n', findings: [{ messageId: 'option', line: 2, column: 16, endColumn: 27 }] },
    { name: 'yum --nogpgcheck', code: 'FROM centos:7\nRUN yum install -y --nogpgcheck httpd\n', findings: [{ messageId: 'option', line: 2, column: 20, endColumn: 32 }] },
    { name: 'dnf --setopt=gpgcheck=0', code: 'FROM fedora:43\nRUN dnf --setopt=gpgcheck=0 install -y curl\n', findings: [{ messageId: 'option', line: 2, column: 9, endColumn: 28 }] },
    { name: 'apk --allow-untrusted of a named package', code: 'FROM alpine:3.22\nRUN apk add --allow-untrusted curl\n', findings: [{ messageId: 'option', line: 2, column: 13, endColumn: 30 }] },
    { name: 'rpm --nosignature', code: 'FROM rockylinux:9\nRUN rpm -i --nosignature /tmp/app.rpm\n', findings: [{ messageId: 'option', line: 2, column: 12, endColumn: 25 }] },
    {
      name: 'apt-get -o AllowUnauthenticated',
      code: 'FROM debian:13-slim\nRUN apt-get -o APT::Get::AllowUnauthenticated=true install -y curl\n',
      findings: [{ messageId: 'option', line: 2, column: 13, endColumn: 51, suggestions: [{ output: 'FROM debian:13-slim\nRUN apt-get install -y curl\n' }] }],
    },
    {
      name: 'trusted remote APT source',
      code: 'FROM debian:13-slim\nRUN echo "deb [trusted=yes] http://repo.example.com/apt stable main" > /etc/apt/sources.list.d/x.list\n',
      findings: [{ messageId: 'trustedRepository', line: 2, column: 16, endColumn: 27 }],
    },
    {
      name: 'gpgcheck=0 in a repo file',
      code: 'FROM rockylinux:9\nRUN printf "[x]\\nbaseurl=https://repo.example.com\\ngpgcheck=0\\n" > /etc/yum.repos.d/x.repo\n',
      findings: [{ messageId: 'gpgcheckOff', line: 2, column: 52, endColumn: 62 }],
    },
    { name: 'in an ONBUILD trigger', code: 'FROM centos:7\nONBUILD RUN yum -y --nogpgcheck install x\n', findings: [{ messageId: 'option', line: 2, column: 20, endColumn: 32 }] },
  ],
});
