import { defineRule } from '../api';
import { isApprovedImage, registriesOption, registryPolicy } from '../shared/approved-registries';
import { writtenImage } from '../shared/container-image';
import { onceAt } from '../shared/workload-rules';

export default defineRule({
  id: 'K8S-020',
  title: 'Run images from approved registries only',
  target: 'kubernetes',
  workloads: true,
  severity: 'high',
  preset: 'strict',
  requirements: ['4.5'],
  frameworks: { iso27001: ['A.8.19', 'A.5.21'], nist80053: ['CM-7(5)', 'SR-3', 'SR-4'], cis: ['CIS Kubernetes Benchmark v1.12.0 5.5.1'] },
  docs: {
    rationale:
      'Images pulled from public registries (Docker Hub, which an image without a host comes from, GHCR, Quay) ' +
      'have not been through the organisation\'s scanning and approval, and a typo or a taken-over namespace runs ' +
      'someone else\'s code in the cluster. Every container counts: init and ephemeral containers run with the pod\'s ' +
      'service account and volumes too. The default list only proves "a cloud registry" (ECR, ACR, Artifact Registry), ' +
      'so with it findings are medium; a configured list of your own registries makes them high. Enforce the same list ' +
      'at admission (an image policy webhook, Kyverno or Gatekeeper).',
    remediation:
      'Mirror the image into an approved registry and reference it there; set `registries` to your own registries ' +
      '(for example `123456789012.dkr.ecr.*.amazonaws.com, acme.azurecr.io`).',
  },
  options: { registries: registriesOption },
  messages: {
    unapproved: 'Image "{{image}}" comes from {{registry}}, which is not an approved registry.',
  },
  examples: {
    bad: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.27.3\n',
    good:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n' +
      '    image: 123456789012.dkr.ecr.eu-west-1.amazonaws.com/web/nginx:1.27.3\n',
  },
  check({ file, report, options }) {
    const { patterns, severity } = registryPolicy(options.registries as string);
    const first = onceAt();
    for (const container of file.containers) {
      const image = container.image?.value;
      const value = image?.string();
      // Placeholders, expressions and a build tool's artifact names say nothing of where the image comes from.
      const reference = value === undefined ? undefined : writtenImage(value);
      if (!image || !reference || isApprovedImage(value!, patterns) !== false || !first(image.range)) continue;
      report({ at: image.range, messageId: 'unapproved', data: { image: value!.trim(), registry: reference.domain }, severity, value: image });
    }
  },
});
