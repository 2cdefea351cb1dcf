import { defineRule, replace } from '../api';
import { writtenImage } from '../shared/container-image';
import { onceAt } from '../shared/workload-rules';

export default defineRule({
  id: 'K8S-022',
  title: 'Pull images that are not pinned by digest on every start',
  target: 'kubernetes',
  workloads: true,
  severity: 'medium',
  preset: 'strict',
  requirements: ['4.4'],
  frameworks: { iso27001: ['A.8.8', 'A.8.19'], nist80053: ['CM-2', 'SI-2'], cis: ['CIS Docker Benchmark v1.6.0 4.2'] },
  docs: {
    rationale:
      'With `IfNotPresent` a node that already holds an image under the tag runs it without asking the registry, and with ' +
      '`Never` it never asks: when the tag is moved to a patched build, nodes keep running the old one unpatched, and ' +
      'different nodes run different images under one name. It also skips the registry\'s authorization: a pod of another ' +
      'namespace without pull credentials starts from a private image another pod left in the cache. Images pinned by ' +
      'digest name one image and are not reported; `latest` and untagged images are pulled every time unless the policy ' +
      'says otherwise.',
    remediation:
      'Pin the image by digest, or set `imagePullPolicy: Always` (the kubelet then checks the digest with the registry and ' +
      'reuses cached layers). Clusters can enforce it with the AlwaysPullImages admission plugin.',
    links: [{ title: 'Kubernetes: image pull policy', url: 'https://kubernetes.io/docs/concepts/containers/images/#image-pull-policy' }],
  },
  messages: {
    ifNotPresent:
      'Image "{{image}}" is pulled only when a node lacks it ({{field}}: IfNotPresent): a node that cached an older image under this tag keeps running it.',
    never: 'Image "{{image}}" is never pulled ({{field}}: Never): nodes run whatever image they hold under this tag, and updates never reach them.',
  },
  examples: {
    bad:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.27\n' +
      '    imagePullPolicy: IfNotPresent\n',
    good:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.27\n' +
      '    imagePullPolicy: Always\n',
  },
  check({ file, report }) {
    const first = onceAt();
    for (const container of file.containers) {
      const policy = container.field('imagePullPolicy')?.value;
      const setting = policy?.string();
      const image = container.image?.value?.string();
      if (!policy || (setting !== 'IfNotPresent' && setting !== 'Never') || image === undefined || !first(policy.range)) continue;
      // A build tool's artifact name (`image: app:dev` loaded into kind) is meant to come from the node.
      const reference = writtenImage(image);
      if (!reference || reference.digest) continue;
      const field = container.pod.fieldName('imagePullPolicy');
      // A suggestion: every start then needs the registry to be reachable.
      const suggest = [replace(policy.range, '"Always"', `Set ${field} to Always`)];
      // On latest or an untagged image the setting overrides the default (Always) on a tag that moves all the time.
      const moving = reference.tag === undefined || reference.tag === 'latest';
      const severity = setting === 'IfNotPresent' && !moving ? 'low' : 'medium';
      report({
        at: policy.range,
        messageId: setting === 'Never' ? 'never' : 'ifNotPresent',
        data: { image: image.trim(), field },
        severity,
        suggest,
        value: policy,
      });
    }
  },
});
