import { defineRule } from '../api';
import { googleDoc } from '../shared/gcp-hardening';
import { isNoneOf } from '../shared/gcp-services';
import { attributeCheck } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-268',
  title: 'Do not turn off vulnerability scanning on Artifact Registry repositories',
  target: 'terraform',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['5.1', '5.3'],
  frameworks: { iso27001: ['A.8.8'], nist80053: ['RA-5'] },
  docs: {
    rationale:
      'vulnerability_scanning_config.enablement_config = "DISABLED" excludes the repository from Artifact Analysis, so ' +
      'images pushed to it are never scanned and newly published CVEs in them raise nothing. Unset (or "INHERITED"), ' +
      'the repository is scanned whenever the Container Scanning API is enabled in the project.',
    remediation: 'Remove the setting or set enablement_config = "INHERITED", and enable containerscanning.googleapis.com in the project.',
    links: [googleDoc('google_artifact_registry_repository', 'vulnerability_scanning_config'), { title: 'Automatic vulnerability scanning', url: 'https://cloud.google.com/artifact-analysis/docs/container-scanning-overview' }],
  },
  messages: {
    disabled: 'enablement_config = "DISABLED": images in this repository are not scanned for vulnerabilities.',
  },
  examples: {
    bad: 'resource "google_artifact_registry_repository" "images" {\n  repository_id = "images"\n  format        = "DOCKER"\n  vulnerability_scanning_config {\n    enablement_config = "DISABLED"\n  }\n}\n',
    good: 'resource "google_artifact_registry_repository" "images" {\n  repository_id = "images"\n  format        = "DOCKER"\n}\n',
  },
  check: attributeCheck({
    resources: ['google_artifact_registry_repository'],
    path: 'vulnerability_scanning_config.enablement_config',
    compliant: isNoneOf('DISABLED'),
    absent: 'compliant',
    // Scanning is billed per image: a suggestion.
    remedy: { value: 'INHERITED', title: 'Set enablement_config = "INHERITED"', kind: 'suggest' },
    messages: { insecure: 'disabled', missing: 'disabled' },
  }),
});
