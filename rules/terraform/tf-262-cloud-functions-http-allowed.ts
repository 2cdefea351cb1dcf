import { asString, defineRule } from '../api';
import { inTransit } from '../shared/gcp';
import { googleDoc } from '../shared/gcp-hardening';
import { isHttpFunction } from '../shared/gcp-services';
import { attributeCheck } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-262',
  title: 'Serve HTTP-triggered Cloud Functions over HTTPS only',
  target: 'terraform',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['3.2'],
  frameworks: inTransit(),
  docs: {
    rationale:
      'A Cloud Functions (1st gen) HTTP function answers plain HTTP as well unless https_trigger_security_level is ' +
      '"SECURE_ALWAYS": the API default is SECURE_OPTIONAL when the argument is not set (gcloud, not Terraform, picks ' +
      'secure-always), so requests, tokens and responses can cross the network unencrypted. 2nd gen functions only serve HTTPS.',
    remediation: 'Set https_trigger_security_level = "SECURE_ALWAYS"; HTTP requests are then redirected to HTTPS.',
    links: [googleDoc('google_cloudfunctions_function', 'https_trigger_security_level'), { title: 'HttpsTrigger security level', url: 'https://cloud.google.com/functions/docs/reference/rest/v1/projects.locations.functions#securitylevel' }],
  },
  messages: {
    optional: 'https_trigger_security_level = "{{value}}": the function also answers plain HTTP.',
    missing: 'https_trigger_security_level is not set, so the function also answers plain HTTP (SECURE_OPTIONAL).',
  },
  examples: {
    bad: 'resource "google_cloudfunctions_function" "hook" {\n  name         = "hook"\n  runtime      = "python312"\n  trigger_http = true\n}\n',
    good:
      'resource "google_cloudfunctions_function" "hook" {\n  name                         = "hook"\n  runtime                      = "python312"\n  trigger_http                 = true\n' +
      '  https_trigger_security_level = "SECURE_ALWAYS"\n}\n',
  },
  check: attributeCheck({
    resources: ['google_cloudfunctions_function'],
    path: 'https_trigger_security_level',
    compliant: (value, scope) => {
      const text = asString(value)?.trim().toUpperCase();
      return text === undefined || !isHttpFunction(scope) ? undefined : text === 'SECURE_ALWAYS';
    },
    absent: (scope) => (isHttpFunction(scope) ? 'insecure' : 'compliant'),
    data: (value) => ({ value: asString(value) ?? '' }),
    // Plain-HTTP callers get a redirect they may not follow: a suggestion.
    remedy: { value: 'SECURE_ALWAYS', title: 'Set https_trigger_security_level = "SECURE_ALWAYS"', kind: 'suggest' },
    messages: { insecure: 'optional', missing: 'missing' },
  }),
});
