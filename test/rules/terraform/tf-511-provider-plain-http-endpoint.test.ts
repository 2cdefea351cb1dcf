import rule from '../../../rules/terraform/tf-511-provider-plain-http-endpoint';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(rule, {
  good: [
    { name: 'https', code: 'provider "vault" {\n  address = "https://vault.example.com:8200"\n}\n' },
    { name: 'a bare host name', code: 'provider "kubernetes" {\n  host = "k8s.example.com"\n}\n' },
    { name: 'LocalStack on loopback', code: 'provider "aws" {\n  endpoints {\n    s3  = "http://localhost:4566"\n    sqs = "http://127.0.0.1:4566"\n  }\n}\n' },
    { name: 'address not known before apply', code: 'provider "kubernetes" {\n  host = module.eks.cluster_endpoint\n}\n' },
    { name: 'pg backend with TLS', code: 'terraform {\n  backend "pg" {\n    conn_str = "postgres://db.example.com/terraform?sslmode=verify-full"\n  }\n}\n' },
    { name: 'resources are not connections', code: 'resource "aws_lb_target_group" "x" {\n  name = "http://example.com"\n}\n' },
  ],
  bad: [
    {
      name: 'vault over HTTP',
      code: 'provider "vault" {\n  address = "http://vault.example.com:8200"\n}\n',
      findings: [{ messageId: 'plainHttp', line: 2, column: 13, endColumn: 44 }],
    },
    {
      name: 'custom endpoint in a nested block',
      code: 'provider "aws" {\n  endpoints {\n    s3 = "http://minio.example.com:9000"\n  }\n}\n',
      findings: [{ messageId: 'plainHttp', line: 3, column: 10 }],
    },
    {
      name: 'from a variable default',
      code: 'provider "kubernetes" {\n  host = var.api\n}\n',
      files: { 'variables.tf': 'variable "api" {\n  default = "http://10.0.0.5:8080"\n}\n' },
      findings: [{ messageId: 'plainHttp', line: 2, column: 10, related: ['variables.tf:2:13'] }],
    },
    {
      name: 'http backend',
      code: 'terraform {\n  backend "http" {\n    address = "http://state.example.com/prod"\n  }\n}\n',
      findings: [{ messageId: 'plainHttp', line: 3, column: 15 }],
    },
    {
      name: 'pg backend without TLS',
      code: 'terraform {\n  backend "pg" {\n    conn_str = "postgres://db.example.com/terraform?sslmode=disable"\n  }\n}\n',
      findings: [{ messageId: 'sslDisabled', line: 3, column: 16 }],
    },
    {
      name: 'JSON syntax',
      filename: 'providers.tf.json',
      code: '{\n  "provider": {\n    "vault": { "address": "http://vault.example.com:8200" }\n  }\n}\n',
      findings: [{ messageId: 'plainHttp', line: 3, column: 27 }],
    },
  ],
});
