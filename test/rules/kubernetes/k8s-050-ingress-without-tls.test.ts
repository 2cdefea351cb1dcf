import rule from '../../../rules/kubernetes/k8s-050-ingress-without-tls';
import { ruleTester } from '../../helpers/rule-tester';

const rules = '  rules:\n  - host: shop.example.com\n    http:\n      paths:\n      - {path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}\n';
const ingress = (metadata: string, spec: string) =>
  `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\n${metadata}spec:\n${spec}${rules}`;
const tls = '  tls:\n  - hosts: [shop.example.com]\n    secretName: shop-tls\n';

ruleTester(rule, {
  good: [
    { name: 'spec.tls', code: ingress('', tls) },
    { name: 'ALB certificate annotation', code: ingress('  annotations:\n    alb.ingress.kubernetes.io/certificate-arn: arn:aws:acm:eu-west-1:111122223333:certificate/abc\n', '') },
    { name: 'GKE managed certificate', code: ingress('  annotations:\n    networking.gke.io/managed-certificates: shop\n', '') },
    { name: 'redirect on', code: ingress('  annotations:\n    nginx.ingress.kubernetes.io/ssl-redirect: "true"\n', tls) },
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
  ],
});
