import rule from '../../../rules/dockerfile/dkr-003-secrets-in-image';
import { ruleTester } from '../../helpers/rule-tester';

// Built at run time so that the source holds no credential-shaped literal.
const githubToken = 'ghp_' + 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8';
const awsKeyId = 'AKIA' + 'QX7Z3MBV2LKA6WNT';
const jwt = 'eyJ' + 'hbGciOiJIUzI1NiJ9.' + 'eyJ' + 'zdWIiOiJjaSJ9.' + 'c2lnbmF0dXJlLXZhbHVl';

ruleTester(rule, {
  good: [
    { name: 'chpasswd from a secret mount', code: 'FROM debian:13-slim\nRUN --mount=type=secret,id=pw echo "app:$(cat /run/secrets/pw)" | chpasswd\n' },
    { name: 'echo user:value not piped to chpasswd', code: 'FROM debian:13-slim\nRUN echo "app:x9Kq2LmP7v" > /tmp/notes\n' },
    { name: 'secret mount', code: 'FROM alpine:3.22\nRUN --mount=type=secret,id=npm,target=/root/.npmrc npm ci\n' },
    { name: 'reference to a build arg', code: 'FROM alpine:3.22\nARG DB_PASSWORD\nENV DB_PASSWORD=${DB_PASSWORD}\n' },
    { name: 'plain $ reference', code: 'FROM alpine:3.22\nENV API_TOKEN=$TOKEN_FROM_CI\n' },
    { name: 'file and path names', code: 'FROM postgres:17\nENV POSTGRES_PASSWORD_FILE=/run/secrets/db_password PASSWORD_LENGTH=32 TOKEN_TTL=3600\n' },
    { name: 'placeholders', code: 'FROM alpine:3.22\nENV DB_PASSWORD=changeme API_KEY=<your-api-key> SECRET=xxxxxxxx TOKEN=REPLACE_ME\n' },
    { name: 'short generic values', code: 'FROM alpine:3.22\nENV ADMIN_PASS=admin\n' },
    { name: 'booleans and numbers', code: 'FROM alpine:3.22\nENV USE_TOKEN=true SECRET_ROTATION_DAYS=90 TOKENIZERS_PARALLELISM=false\n' },
    { name: 'names that only mention a secret', code: 'FROM alpine:3.22\nENV SECRET_NAME=prod-db-credentials GIT_CREDENTIAL_HELPER=store-secure-helper TOKEN_URL=https://auth.example.test/token\n' },
    { name: 'GPG key fingerprints', code: 'FROM php:8.4\nENV GPG_KEYS 1198C0117593497A5EC5C199286AF1F9897469DC 49D9AF6BC72A80D6691719C8AA23F5BE9C7097D4\n' },
    { name: 'ARG without a default for a generic secret', code: 'FROM alpine:3.22\nARG NPM_TOKEN\nRUN --mount=type=secret,id=npm echo ok\n' },
    { name: 'public key and certificate copies', code: 'FROM nginx:1.29\nCOPY id_rsa.pub /root/.ssh/authorized_keys\nCOPY certs/ca-cert.pem /etc/ssl/certs/\nCOPY nodesource-repo.gpg.key /usr/share/keyrings/\n' },
    { name: 'env template', code: 'FROM node:22\nCOPY .env.example .env\n' },
    { name: 'password read from stdin', code: 'FROM docker:28\nRUN --mount=type=secret,id=reg cat /run/secrets/reg | docker login --password-stdin -u ci registry.test\n' },
    { name: 'URL credentials from variables', code: 'FROM alpine:3.22\nRUN git clone https://ci:${GIT_TOKEN}@git.example.test/app.git\n' },
    { name: 'AWS documentation example key', code: 'FROM alpine:3.22\nENV AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\n' },
    { name: 'heredoc without secrets', code: 'FROM alpine:3.22\nCOPY <<EOF /etc/app.conf\nlog_level=info\nEOF\n' },
    { name: 'JWT-shaped text inside a longer word', code: `FROM alpine:3.22\nLABEL build.ref="release-${jwt}"\n` },
    { name: 'mysql -p with a variable', code: 'FROM mysql:8.4\nRUN mysql -uroot -p"$MYSQL_ROOT_PASSWORD" -e "select 1"\n' },
  ],
  bad: [
    {
      name: 'password set with chpasswd',
      code: 'FROM debian:13-slim\nRUN useradd dev && echo "dev:Sup3rS3cretPw" | chpasswd\n',
      findings: [{ messageId: 'inlineCredential', line: 2, column: 30, endColumn: 43, severity: 'high' }],
    },
    {
      name: 'literal secret in ENV',
      code: 'FROM alpine:3.22\nENV DB_PASSWORD=9vT2mQx7Lp4s\n',
      findings: [{ messageId: 'secretValue', line: 2, column: 17, endLine: 2, endColumn: 29, severity: 'high' }],
    },
    {
      name: 'legacy ENV form with a quoted value',
      code: 'FROM alpine:3.22\nENV MYSQL_ROOT_PASSWORD "s3cr3t-Pa55word"\n',
      findings: [{ messageId: 'secretValue', line: 2, column: 25, endColumn: 42 }],
    },
    {
      name: 'compound name',
      code: 'FROM debian:13-slim\nENV LDAP_ROOTPASS=fsociety LDAP_DOMAIN=example.test\n',
      findings: [{ messageId: 'secretValue', line: 2, column: 19, endColumn: 27 }],
    },
    {
      name: 'cloud credential with a literal value',
      code: 'FROM alpine:3.22\nENV AWS_SECRET_ACCESS_KEY=Zq8Lw3Nv5Tx7Ry9Pb2Kd4Hf6Jm8Sc1Ga3Ue5Wi7O\n',
      findings: [{ messageId: 'cloudCredential', line: 2, column: 27, endColumn: 67, severity: 'critical' }],
    },
    {
      name: 'AWS credential build argument without a value',
      code: 'FROM amazon/aws-cli:2.27.0\nARG AWS_ACCESS_KEY_ID\nARG AWS_SECRET_ACCESS_KEY\nRUN aws s3 cp s3://bucket/app /app\n',
      findings: [
        { messageId: 'buildArg', line: 2, column: 5, endColumn: 22, severity: 'high' },
        { messageId: 'buildArg', line: 3, column: 5, endColumn: 26, severity: 'high' },
      ],
    },
    {
      name: 'token pattern in an ARG default',
      code: `FROM alpine:3.22\nARG GITHUB_TOKEN=${githubToken}\n`,
      findings: [{ messageId: 'token', line: 2, column: 18, endColumn: 58, severity: 'critical' }],
    },
    {
      name: 'JSON web token in a header',
      code: `FROM alpine:3.22\nRUN curl -H "Authorization: Bearer ${jwt}" https://api.example.test\n`,
      findings: [{ messageId: 'token', line: 2, column: 36, endColumn: 36 + jwt.length, severity: 'medium' }],
    },
    {
      name: 'AWS key id in a LABEL',
      code: `FROM alpine:3.22\nLABEL build.key="${awsKeyId}"\n`,
      findings: [{ messageId: 'token', line: 2, column: 18, endColumn: 38, severity: 'critical' }],
    },
    {
      name: 'secret in a discarded builder stage is one level lower',
      code: 'FROM node:22 AS build\nENV NPM_TOKEN=Hx7Qp2Lm9Vz4Kc8N\nRUN npm ci\nFROM node:22-slim\nUSER 10001\n',
      findings: [{ messageId: 'secretValue', line: 2, column: 15, endColumn: 31, severity: 'medium' }],
    },
    {
      name: 'secret in a stage the final stage is built on keeps its severity',
      code: 'FROM node:22 AS base\nENV NPM_TOKEN=Hx7Qp2Lm9Vz4Kc8N\nFROM base\nUSER 10001\n',
      findings: [{ messageId: 'secretValue', line: 2, column: 15, endColumn: 31, severity: 'high' }],
    },
    {
      name: 'credential files copied into the image',
      code: 'FROM alpine:3.22\nCOPY .aws/credentials /root/.aws/credentials\nCOPY id_rsa /root/.ssh/id_rsa\nADD .npmrc .env server.key /app/\n',
      findings: [
        { messageId: 'credentialFile', line: 2, column: 6, endColumn: 22, severity: 'high' },
        { messageId: 'credentialFile', line: 3, column: 6, endColumn: 12 },
        { messageId: 'credentialFile', line: 4, column: 5, endColumn: 11 },
        { messageId: 'credentialFile', line: 4, column: 12, endColumn: 16 },
        { messageId: 'credentialFile', line: 4, column: 17, endColumn: 27 },
      ],
    },
    {
      name: 'service account key copied to GOOGLE_APPLICATION_CREDENTIALS',
      code: 'FROM python:3.13-slim\nENV GOOGLE_APPLICATION_CREDENTIALS=/app/key.json\nCOPY sa.json /app/key.json\n',
      findings: [{ messageId: 'keyFileForGoogle', line: 3, column: 6, endColumn: 13, severity: 'critical' }],
    },
    {
      name: 'password in a URL across a continuation line',
      code: 'FROM alpine:3.22\nRUN apk add git \\\n && git clone https://deploy:Tr0ub4dor3x@git.example.test/app.git\n',
      findings: [{ messageId: 'urlCredential', line: 3, column: 30, endColumn: 41, severity: 'high' }],
    },
    {
      name: 'password options on the command line',
      code: 'FROM mysql:8.4\nRUN mysql -uroot -pHunter2pass -e "select 1" \\\n && mysqladmin --password=Hunter2pass status \\\n && docker login -u ci -p Hunter2pass registry.test\n',
      findings: [
        { messageId: 'inlineCredential', line: 2, column: 20, endColumn: 31 },
        { messageId: 'inlineCredential', line: 3, column: 27, endColumn: 38 },
        { messageId: 'inlineCredential', line: 4, column: 27, endColumn: 38 },
      ],
    },
    {
      name: 'npm token written to .npmrc in a heredoc',
      code: 'FROM node:22\nRUN <<EOF\necho "//registry.npmjs.org/:_authToken=Zk2Vq9Lx4Hm7Pc3T" > ~/.npmrc\nnpm ci\nEOF\n',
      trailingSpaceVariant: false,
      findings: [{ messageId: 'inlineCredential', line: 3, column: 40, endColumn: 56 }],
    },
    {
      name: 'token in a COPY heredoc body',
      code: `FROM alpine:3.22\nCOPY <<EOF /root/.config/gh/hosts.yml\ngithub.com:\n  oauth_token: ${githubToken}\nEOF\n`,
      trailingSpaceVariant: false,
      findings: [{ messageId: 'token', line: 4, column: 16, endColumn: 56, severity: 'critical' }],
    },
    {
      name: 'ONBUILD trigger',
      code: 'FROM alpine:3.22\nONBUILD COPY id_ed25519 /root/.ssh/\n',
      findings: [{ messageId: 'credentialFile', line: 2, column: 14, endColumn: 24 }],
    },
    {
      name: 'curl basic auth with a literal password',
      code: 'FROM alpine:3.22\nRUN curl -u admin:Pl4inTextPw https://repo.example.test/pkg.tgz -o /tmp/pkg.tgz\n',
      findings: [{ messageId: 'inlineCredential', line: 2, column: 19, endColumn: 30 }],
    },
  ],
});
