import { asBool, asString, defineRule } from '../api';
import { cisGke, googleDoc, staticCredentials } from '../shared/gcp-hardening';
import { attributeCheck } from '../shared/terraform-attribute-check';

const certificate = attributeCheck({
  resources: ['google_container_cluster'],
  path: 'master_auth.client_certificate_config.issue_client_certificate',
  compliant: (value) => {
    const issued = asBool(value);
    return issued === undefined ? undefined : !issued;
  },
  absent: 'compliant',
  messages: { insecure: 'certificate', missing: 'certificate' },
  // The provider replaces the cluster to change it.
  remedy: { value: false, title: 'Set issue_client_certificate = false', kind: 'suggest', replacesResource: true },
});

// Basic authentication: removed from the API in GKE 1.19 and from the provider in 4.0, still seen in old code.
const password = attributeCheck({
  resources: ['google_container_cluster'],
  path: 'master_auth.password',
  compliant: (value) => {
    const text = asString(value);
    return text === undefined ? undefined : text.trim() === '';
  },
  absent: 'compliant',
  messages: { insecure: 'basicAuth', missing: 'basicAuth' },
});

export default defineRule({
  id: 'TF-214',
  title: 'Do not issue client certificates or basic-auth passwords on GKE clusters',
  target: 'terraform',
  severity: 'high',
  preset: 'recommended',
  requirements: ['1.1', '1.4'],
  frameworks: staticCredentials(cisGke('5.8.1')),
  docs: {
    rationale:
      'A client certificate issued at cluster creation is a long-lived credential with cluster-admin rights that cannot ' +
      'be revoked short of rotating the cluster CA, and it ends up in the Terraform state. Basic authentication (a static ' +
      'username and password, removed by GKE 1.19 and by google provider 4.0) is worse. issue_client_certificate ' +
      'defaults to false.',
    remediation:
      'Remove client_certificate_config (or set issue_client_certificate = false) and any master_auth username and ' +
      'password, and authenticate with Google identities through IAM and RBAC.',
    links: [
      googleDoc('google_container_cluster', 'issue_client_certificate'),
      { title: 'Harden your cluster: authentication', url: 'https://cloud.google.com/kubernetes-engine/docs/how-to/hardening-your-cluster#restrict_authn_methods' },
    ],
  },
  messages: {
    certificate: 'issue_client_certificate = true issues a long-lived cluster-admin client certificate.',
    basicAuth: 'A master_auth password turns on basic authentication with a static password.',
  },
  examples: {
    bad:
      'resource "google_container_cluster" "main" {\n  name = "main"\n  master_auth {\n    client_certificate_config {\n' +
      '      issue_client_certificate = true\n    }\n  }\n}\n',
    good: 'resource "google_container_cluster" "main" {\n  name = "main"\n}\n',
  },
  check(context) {
    certificate(context);
    password(context);
  },
});
