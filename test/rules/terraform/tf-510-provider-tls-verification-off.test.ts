import rule from '../../../rules/terraform/tf-510-provider-tls-verification-off';
import { ruleTester } from '../../helpers/rule-tester';

const k8s = (body: string) => `provider "kubernetes" {\n  host = "https://k8s.example.com"\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: 'verification on by default', code: k8s('  cluster_ca_certificate = file("ca.pem")\n') },
    { name: 'insecure = false', code: k8s('  insecure = false\n') },
    { name: 'from a variable without a value', code: k8s('  insecure = var.insecure\n'), files: { 'variables.tf': 'variable "insecure" {\n  type = bool\n}\n' } },
    { name: 'resources are not providers', code: 'resource "helm_release" "x" {\n  insecure = true\n}\n' },
    { name: 'http backend that verifies', code: 'terraform {\n  backend "http" {\n    address = "https://state.example.com"\n  }\n}\n' },
  ],
  bad: [
    {
      name: 'kubernetes insecure',
      code: k8s('  insecure = true\n'),
      findings: [{ messageId: 'off', line: 3, column: 14, endColumn: 18, suggestions: [{ title: 'Verify the server certificate', output: k8s('') }] }],
    },
    {
      name: 'from a variable default',
      code: 'provider "aws" {\n  insecure = var.insecure\n}\n',
      files: { 'variables.tf': 'variable "insecure" {\n  default = true\n}\n' },
      findings: [{ messageId: 'off', line: 2, column: 14, related: ['variables.tf:2:13'] }],
    },
    {
      name: 'helm kubernetes block',
      code: 'provider "helm" {\n  kubernetes {\n    host     = "https://k8s.example.com"\n    insecure = true\n  }\n}\n',
      findings: [{ messageId: 'off', line: 4, column: 16 }],
    },
    {
      name: 'helm 3 kubernetes object',
      code: 'provider "helm" {\n  kubernetes = {\n    host     = "https://k8s.example.com"\n    insecure = true\n  }\n}\n',
      findings: [{ messageId: 'off', line: 4, column: 16, suggestions: [] }],
    },
    { name: 'vault skip_tls_verify', code: 'provider "vault" {\n  skip_tls_verify = true\n}\n', findings: [{ messageId: 'off', line: 2, column: 21 }] },
    {
      name: 'http backend skip_cert_verification',
      code: 'terraform {\n  backend "http" {\n    address                = "https://state.example.com"\n    skip_cert_verification = true\n  }\n}\n',
      findings: [{ messageId: 'off', line: 4, column: 30 }],
    },
    {
      name: 'JSON syntax',
      filename: 'providers.tf.json',
      code: '{\n  "provider": {\n    "vsphere": { "allow_unverified_ssl": true }\n  }\n}\n',
      findings: [{ messageId: 'off', line: 3, column: 42 }],
    },
  ],
});
