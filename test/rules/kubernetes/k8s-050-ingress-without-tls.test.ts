import rule from '../../../rules/kubernetes/k8s-050-ingress-without-tls';
import { ruleTester } from '../../helpers/rule-tester';

const rules = '  rules:\n  - host: shop.example.com\n    http:\n      paths:\n      - {path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}\n';
const ingress = (metadata: string, spec: string) =>
  `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\n${metadata}spec:\n${spec}${rules}`;
const tls = '  tls:\n  - hosts: [shop.example.com]\n    secretName: shop-tls\n';

const tfIngress = (annotations: string, tls: string, type = 'kubernetes_ingress_v1') =>
  `resource "${type}" "web" {\n  metadata {\n    name = "web"\n${annotations}  }\n  spec {\n${tls}    rule {\n      host = "shop.example.com"\n    }\n  }\n}\n`;
const tfTls = '    tls {\n      hosts       = ["shop.example.com"]\n      secret_name = "shop-tls"\n    }\n';

ruleTester(rule, {
  good: [
    { name: 'spec.tls', code: ingress('', tls) },
    { name: 'ALB certificate annotation', code: ingress('  annotations:\n    alb.ingress.kubernetes.io/certificate-arn: arn:aws:acm:eu-west-1:111122223333:certificate/abc\n', '') },
    { name: 'GKE managed certificate', code: ingress('  annotations:\n    networking.gke.io/managed-certificates: shop\n', '') },
    { name: 'redirect on', code: ingress('  annotations:\n    nginx.ingress.kubernetes.io/ssl-redirect: "true"\n', tls) },
    { name: 'terraform: tls block', filename: 'main.tf', code: tfIngress('', tfTls) },
    { name: 'terraform: tls generated from unknown data', filename: 'main.tf', code: tfIngress('', '    dynamic "tls" {\n      for_each = var.tls\n      content {\n        secret_name = tls.value\n      }\n    }\n') },
    { name: 'terraform: ALB certificate annotation', filename: 'main.tf', code: tfIngress('    annotations = {\n      "alb.ingress.kubernetes.io/certificate-arn" = "arn:aws:acm:eu-west-1:123456789012:certificate/abc"\n    }\n', '') },
    { name: 'terraform: annotations not known before apply', filename: 'main.tf', code: tfIngress('    annotations = var.annotations\n', '') },
  ],
  bad: [
    {
      name: 'no TLS',
      code: ingress('', ''),
      findings: [{ messageId: 'noTls', line: 5, column: 1, endLine: 5, endColumn: 5, severity: 'medium' }],
    },
    {
      name: 'TLS with the redirect turned off',
      code: ingress('  annotations:\n    nginx.ingress.kubernetes.io/ssl-redirect: "false"\n', tls),
      findings: [{ messageId: 'redirectOff', line: 6, column: 47, endColumn: 54 }],
    },
    {
      name: 'terraform: kubernetes_ingress_v1 without tls',
      filename: 'main.tf',
      code: tfIngress('', ''),
      findings: [{ messageId: 'noTls', line: 5, column: 3, endLine: 5, endColumn: 7 }],
    },
    {
      name: 'terraform: kubernetes_ingress without tls',
      filename: 'main.tf',
      code: tfIngress('', '', 'kubernetes_ingress'),
      findings: [{ messageId: 'noTls', line: 5, column: 3, endColumn: 7 }],
    },
    {
      name: 'terraform: redirect turned off beside tls',
      filename: 'main.tf',
      code: tfIngress('    annotations = {\n      "nginx.ingress.kubernetes.io/ssl-redirect" = "false"\n    }\n', tfTls),
      findings: [{ messageId: 'redirectOff', line: 5, column: 52, endColumn: 59 }],
    },
  ],
});
