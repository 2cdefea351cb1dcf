import rule from '../../../rules/terraform/tf-513-plain-http-download';
import { ruleTester } from '../../helpers/rule-tester';

const release = (repository: string) => `resource "helm_release" "ingress" {\n  name       = "ingress-nginx"\n  repository = "${repository}"\n  chart      = "ingress-nginx"\n}\n`;
const fetch = (body: string) => `data "http" "ranges" {\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: 'chart over HTTPS', code: release('https://kubernetes.github.io/ingress-nginx') },
    { name: 'OCI chart registry', code: release('oci://registry-1.docker.io/bitnamicharts') },
    { name: 'document over HTTPS', code: fetch('  url = "https://ip-ranges.amazonaws.com/ip-ranges.json"\n') },
    { name: 'loopback', code: fetch('  url = "http://localhost:8080/health"\n') },
    { name: 'module archive over HTTPS', code: 'module "vpc" {\n  source = "https://example.com/vpc-module.zip"\n}\n' },
    { name: 'count = 0', code: `data "http" "ranges" {\n  count = 0\n  url   = "http://example.com/ranges.json"\n}\n` },
  ],
  bad: [
    {
      name: 'chart repository over HTTP',
      code: release('http://charts.example.com'),
      findings: [{ messageId: 'plainHttp', line: 3, column: 16, endColumn: 43, suggestions: [{ title: 'Use https://', output: release('https://charts.example.com') }] }],
    },
    {
      name: 'data "http" over HTTP, from a variable',
      code: fetch('  url = var.ranges_url\n'),
      files: { 'variables.tf': 'variable "ranges_url" {\n  default = "http://example.com/ranges.json"\n}\n' },
      findings: [{ messageId: 'plainHttp', line: 2, column: 9, related: ['variables.tf:2:13'], suggestions: [] }],
    },
    {
      name: 'data "http" accepting any certificate',
      code: fetch('  url      = "https://example.com/ranges.json"\n  insecure = true\n'),
      findings: [{ messageId: 'insecure', line: 3, column: 14 }],
    },
    {
      name: 'module archive over HTTP',
      code: 'module "vpc" {\n  source = "http://example.com/vpc-module.zip"\n}\n',
      findings: [{ messageId: 'plainHttp', line: 2, column: 12, suggestions: [{ output: 'module "vpc" {\n  source = "https://example.com/vpc-module.zip"\n}\n' }] }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "helm_release": {\n      "ingress": { "repository": "http://charts.example.com", "chart": "x" }\n    }\n  }\n}\n',
      findings: [{ messageId: 'plainHttp', line: 4, column: 34 }],
    },
  ],
});
