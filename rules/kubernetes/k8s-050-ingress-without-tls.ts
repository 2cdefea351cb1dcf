import { defineRule, type WorkloadObject } from '../api';
import { objectsOfKind } from '../shared/kubernetes-objects';

/** Annotations through which a controller terminates TLS without `spec.tls`. */
const certificateAnnotations = [
  'alb.ingress.kubernetes.io/certificate-arn',
  'ingress.gcp.kubernetes.io/pre-shared-cert',
  'networking.gke.io/managed-certificates',
  'appgw.ingress.kubernetes.io/appgw-ssl-certificate',
  'kubernetes.io/ingress.global-static-ip-name-cert',
];

/** Annotations that turn off the redirect from HTTP to HTTPS. */
const redirectAnnotations = ['nginx.ingress.kubernetes.io/ssl-redirect', 'nginx.ingress.kubernetes.io/force-ssl-redirect'];

/** Whether the Ingress terminates TLS; true as well when its `tls` or annotations are not known. */
function hasTls(ingress: WorkloadObject): boolean {
  const tls = ingress.root.get('spec', 'tls');
  if (tls?.isUnknown || (tls?.items().length ?? 0) > 0) return true;
  const annotations = ingress.root.get('metadata', 'annotations');
  if (annotations?.isUnknown) return true;
  if (certificateAnnotations.some((key) => annotations?.get(key)?.string())) return true;
  // ALB listeners written as JSON: an HTTPS listener means TLS is configured on the load balancer.
  return /"HTTPS"/.test(annotations?.get('alb.ingress.kubernetes.io/listen-ports')?.string() ?? '');
}

export default defineRule({
  id: 'K8S-050',
  title: 'Ingresses must serve TLS',
  target: 'kubernetes',
  severity: 'medium',
  preset: 'recommended',
  workloads: true,
  requirements: ['3.2'],
  frameworks: {
    iso27001: ['A.8.24', 'A.5.14'],
    nist80053: ['SC-8', 'SC-8(1)'],
    cis: [],
  },
  docs: {
    rationale:
      'An Ingress without TLS serves its hosts over plain HTTP: credentials, session cookies and data cross the network ' +
      'readable and modifiable by anyone on the path; turning off the HTTPS redirect keeps that path open beside TLS.',
    remediation:
      'Add `spec.tls` with the hosts and a certificate Secret (cert-manager can issue it), or the certificate annotation of ' +
      'your controller, and keep the HTTP-to-HTTPS redirect on.',
  },
  messages: {
    noTls: 'Ingress "{{name}}" has no TLS: its hosts are served over plain HTTP.',
    redirectOff: 'Ingress "{{name}}" sets {{annotation}} to "false": clients are not redirected from HTTP to HTTPS.',
  },
  examples: {
    bad:
      'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\nspec:\n  rules:\n  - host: shop.example.com\n' +
      '    http:\n      paths:\n      - {path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}\n',
    good:
      'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\nspec:\n  tls:\n  - hosts: [shop.example.com]\n' +
      '    secretName: shop-tls\n  rules:\n  - host: shop.example.com\n' +
      '    http:\n      paths:\n      - {path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}\n',
  },
  check({ file, report }) {
    for (const ingress of objectsOfKind(file, 'Ingress', ['networking.k8s.io', 'extensions'])) {
      const name = ingress.name ?? '(unnamed)';
      const spec = ingress.root.entry('spec');
      if (!spec?.value?.isMap) continue;
      if (!hasTls(ingress)) {
        report({ at: spec.keyRange, messageId: 'noTls', data: { name } });
        continue;
      }
      for (const annotation of redirectAnnotations) {
        const value = ingress.root.get('metadata', 'annotations', annotation);
        if (value?.string()?.trim().toLowerCase() === 'false') report({ at: value.range, messageId: 'redirectOff', data: { name, annotation } });
      }
    }
  },
});
