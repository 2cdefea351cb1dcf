import { defineRule } from '../api';
import { endedRelease, eolSnapshot, extendedSupport, isDeprecatedImage, releasesOf, type EndedRelease } from '../shared/base-image-eol';
import { parseImageReference } from '../shared/image-reference';
import { onceAt } from '../shared/workload-rules';

export default defineRule({
  id: 'K8S-021',
  title: 'Run images of releases that still get security updates',
  target: 'kubernetes',
  workloads: true,
  severity: 'high',
  preset: 'recommended',
  requirements: ['4.4'],
  frameworks: { iso27001: ['A.8.8'], nist80053: ['SA-22', 'SI-2'], cis: ['CIS Docker Benchmark v1.6.0 4.4'] },
  docs: {
    rationale:
      'An image built on a distribution or language runtime past its end of security support gets no more fixes: every ' +
      'vulnerability found from then on stays in the running container, however often it is restarted. Both parts of a ' +
      'variant tag count (`node:20-alpine3.19` is Node.js 20 on Alpine 3.19). The dates come from the end-of-life table ' +
      `shipped with the rules (endoflife.date, snapshot ${eolSnapshot}) and are compared with the date of the run. Debian ` +
      'releases in their LTS period are still patched and are not reported; Ubuntu ESM needs a subscription the images do not carry.',
    remediation: 'Move the container to an image of a supported release (the message names them).',
    links: [{ title: 'endoflife.date', url: 'https://endoflife.date' }],
  },
  messages: {
    ended: 'Image "{{image}}" is built on {{releases}}, past the end of security support; supported: {{supported}}.',
    deprecated: 'Image "{{image}}" is the deprecated openjdk image, which gets no updates; use eclipse-temurin (or another maintained JDK build).',
  },
  examples: {
    bad: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: node:18-alpine\n',
    good: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: node:24-alpine\n',
  },
  check({ file, report }) {
    const today = new Date();
    const first = onceAt();
    for (const container of file.containers) {
      const image = container.image?.value;
      const raw = image?.string()?.trim();
      const reference = raw === undefined ? undefined : parseImageReference(raw);
      if (!image || !reference || !first(image.range)) continue;
      const name = reference.registry ? `${reference.registry}/${reference.repository}` : reference.repository;
      if (isDeprecatedImage(name)) {
        report({ at: image.range, messageId: 'deprecated', data: { image: raw! }, severity: 'medium', value: image });
        continue;
      }
      if (!reference.tag) continue;
      // Free extended support (Debian LTS) still ships fixes to these images.
      const ended = releasesOf(name, reference.tag)
        .map((release) => endedRelease(release, today))
        .filter((release): release is EndedRelease => release !== undefined && !release.patched);
      if (ended.length === 0) continue;
      const releases = ended.map((release) => {
        const extended = extendedSupport(release);
        const status = release.ended.startsWith('before ')
          ? `older than the oldest release tracked, whose support ended on ${release.ended.slice('before '.length)}`
          : `support ended on ${release.ended}`;
        return `${release.title} ${release.version} (${status}${extended ? `; ${extended}` : ''})`;
      });
      const supported = ended.map((release) => `${release.title} ${release.supported}`);
      report({ at: image.range, messageId: 'ended', data: { image: raw!, releases: releases.join(' and '), supported: supported.join('; ') }, value: image });
    }
  },
});
