import { defineRule, type WorkloadObject } from '../api';
import { objectsOfKind } from '../shared/kubernetes-objects';

const world = new Set(['0.0.0.0/0', '::/0']);

/** Annotations that make the cloud create an internal load balancer, and the value that does. */
const internalAnnotations: Readonly<Record<string, string>> = {
  'service.beta.kubernetes.io/aws-load-balancer-internal': 'true',
  'service.beta.kubernetes.io/aws-load-balancer-scheme': 'internal',
  'service.beta.kubernetes.io/azure-load-balancer-internal': 'true',
  'networking.gke.io/load-balancer-type': 'internal',
  'cloud.google.com/load-balancer-type': 'internal',
  'service.beta.kubernetes.io/oci-load-balancer-internal': 'true',
  'service.beta.kubernetes.io/openstack-internal-load-balancer': 'true',
};

/** Whether the Service is internal; undefined when its annotations are not known. */
function isInternal(service: WorkloadObject): boolean | undefined {
  const annotations = service.root.get('metadata', 'annotations');
  if (annotations?.isUnknown) return undefined;
  const annotation = (key: string) => annotations?.get(key)?.string()?.trim().toLowerCase();
  if (Object.entries(internalAnnotations).some(([key, value]) => annotation(key) === value)) return true;
  // The AWS Load Balancer Controller makes internal NLBs unless told internet-facing.
  const awsController =
    service.root.get('spec', 'loadBalancerClass')?.string() === 'service.k8s.aws/nlb' ||
    ['external', 'nlb-ip'].includes(annotation('service.beta.kubernetes.io/aws-load-balancer-type') ?? '');
  return awsController && annotation('service.beta.kubernetes.io/aws-load-balancer-scheme') === undefined;
}

export default defineRule({
  id: 'K8S-047',
  title: 'Services must not be exposed to the internet without source ranges',
  target: 'kubernetes',
  severity: 'medium',
  preset: 'recommended',
  workloads: true,
  requirements: ['2.1', '2.2'],
  frameworks: {
    iso27001: ['A.8.20', 'A.8.22'],
    nist80053: ['SC-7', 'AC-4'],
    cis: ['CIS Kubernetes Benchmark v1.12.0 1.2.3'],
  },
  docs: {
    rationale:
      'A Service of type LoadBalancer gets a public address on most clouds, open to every source unless ' +
      '`loadBalancerSourceRanges` limits it; `externalIPs` lets a Service claim any address routed to the nodes ' +
      '(CVE-2020-8554) and exposes it outside the cluster\'s control.',
    remediation:
      'Make the load balancer internal with its cloud\'s annotation, or list the client ranges in ' +
      '`spec.loadBalancerSourceRanges`; publish HTTP through the Ingress controller, and remove `externalIPs`.',
  },
  messages: {
    publicLoadBalancer: 'Service "{{name}}" is a public load balancer open to every source: set loadBalancerSourceRanges or make it internal.',
    worldSourceRange: 'Service "{{name}}" allows {{range}} in its load balancer source ranges.',
    externalIPs: 'Service "{{name}}" sets externalIPs, which exposes it on addresses outside the cluster\'s control.',
  },
  examples: {
    bad:
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: api\nspec:\n  type: LoadBalancer\n  selector: {app: api}\n' +
      '  ports:\n  - port: 443\n',
    good:
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: api\nspec:\n  type: LoadBalancer\n' +
      '  loadBalancerSourceRanges: ["203.0.113.0/24"]\n  selector: {app: api}\n  ports:\n  - port: 443\n',
  },
  check({ file, report }) {
    for (const service of objectsOfKind(file, 'Service')) {
      const name = service.name ?? '(unnamed)';
      const externalIPs = service.root.get('spec', 'externalIPs')?.items() ?? [];
      if (externalIPs.length > 0) report({ at: externalIPs[0].range, messageId: 'externalIPs', data: { name }, severity: 'high' });
      const type = service.root.get('spec', 'type');
      if (type?.string() !== 'LoadBalancer' || isInternal(service) !== false) continue;
      const rangeList = service.root.get('spec', 'loadBalancerSourceRanges');
      if (rangeList?.isUnknown) continue;
      const ranges = rangeList?.items() ?? [];
      const annotated = service.root.get('metadata', 'annotations', 'service.beta.kubernetes.io/load-balancer-source-ranges');
      const open = ranges.find((range) => world.has(range.string()?.trim() ?? ''));
      if (open) {
        report({ at: open.range, messageId: 'worldSourceRange', data: { name, range: open.string()!.trim() } });
      } else if (ranges.length === 0 && annotated?.string()) {
        const listed = annotated.string()!.split(',').map((range) => range.trim());
        const worldRange = listed.find((range) => world.has(range));
        if (worldRange) report({ at: annotated.range, messageId: 'worldSourceRange', data: { name, range: worldRange } });
      } else if (ranges.length === 0) {
        report({ at: type.range, messageId: 'publicLoadBalancer', data: { name } });
      }
    }
  },
});
