import { asString, defineRule, type RuleContext } from '../api';
import { exposure, googleDoc } from '../shared/gcp-hardening';
import { isNoneOf } from '../shared/gcp-services';
import { attributeCheck } from '../shared/terraform-attribute-check';
import { attributeOf, memberOf, moduleFor, resourceInstances } from '../shared/terraform-evaluated';
import { headerAnchor, isOverrideFile } from '../shared/terraform-values';

const annotation = 'run.googleapis.com/ingress';
type Message = 'all' | 'missing';

const v2 = attributeCheck<Message>({
  resources: ['google_cloud_run_v2_service'],
  path: 'ingress',
  compliant: isNoneOf('INGRESS_TRAFFIC_ALL'),
  absent: 'insecure',
  data: (value) => ({ value: asString(value) ?? '' }),
  // Clients that call the run.app URL from the internet lose access: a suggestion.
  remedy: { value: 'INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER', title: 'Set ingress = "INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER"', kind: 'suggest' },
  messages: { insecure: 'all', missing: 'missing' },
});

/** v1 services set ingress with an annotation on the service's own metadata. */
function v1({ file, module, report }: RuleContext<'terraform', Message>): void {
  if (isOverrideFile(file)) return;
  for (const service of resourceInstances(moduleFor(file, module), file, 'google_cloud_run_service')) {
    if (service.hasUnknownBlocks('metadata')) continue;
    const metadata = service.blocks('metadata')[0];
    const annotations = metadata && attributeOf(metadata, 'annotations');
    if (annotations && annotations.value.kind !== 'null' && annotations.value.kind !== 'object') continue;
    const ingress = memberOf(annotations, annotation);
    if (!ingress) {
      report({ at: annotations?.at ?? headerAnchor(file, service.block), messageId: 'missing', value: annotations?.value });
      continue;
    }
    if (asString(ingress.value)?.trim().toLowerCase() === 'all') report({ at: ingress.at, messageId: 'all', data: { value: asString(ingress.value)! }, value: ingress.value });
  }
}

export default defineRule({
  id: 'TF-260',
  title: 'Do not accept internet traffic on Cloud Run services directly',
  target: 'terraform',
  severity: 'low',
  // Strict: the default, and public services behind IAM or an API often keep it; a load balancer with Cloud Armor is the hardened form.
  preset: 'strict',
  requirements: ['2.1'],
  frameworks: exposure(),
  docs: {
    rationale:
      'A Cloud Run service accepts requests from anywhere on the internet at its run.app URL unless ingress limits it ' +
      '(google_cloud_run_v2_service ingress, "INGRESS_TRAFFIC_ALL" when not set; the run.googleapis.com/ingress ' +
      'annotation of a v1 google_cloud_run_service, "all" when not set), which bypasses the load balancer, its Cloud ' +
      'Armor policy and IAP in front of it.',
    remediation:
      'Set ingress = "INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER" (or "INGRESS_TRAFFIC_INTERNAL_ONLY"), v1: the annotation ' +
      '"run.googleapis.com/ingress" = "internal-and-cloud-load-balancing", and serve internet clients through an external Application Load Balancer.',
    links: [googleDoc('google_cloud_run_v2_service', 'ingress'), googleDoc('google_cloud_run_service', 'metadata'), { title: 'Restrict network ingress for Cloud Run', url: 'https://cloud.google.com/run/docs/securing/ingress' }],
  },
  messages: {
    all: 'Ingress "{{value}}" lets any internet client call the service directly.',
    missing: 'Ingress is not restricted, so any internet client can call the service directly.',
  },
  examples: {
    bad: 'resource "google_cloud_run_v2_service" "api" {\n  name     = "api"\n  location = "europe-west1"\n  template {\n    containers {\n      image = "europe-docker.pkg.dev/acme/api/api:1.4.2"\n    }\n  }\n}\n',
    good:
      'resource "google_cloud_run_v2_service" "api" {\n  name     = "api"\n  location = "europe-west1"\n  ingress  = "INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER"\n' +
      '  template {\n    containers {\n      image = "europe-docker.pkg.dev/acme/api/api:1.4.2"\n    }\n  }\n}\n',
  },
  check(context) {
    v2(context);
    v1(context);
  },
});
