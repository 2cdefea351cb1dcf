import { defineRule, type Severity } from '../api';
import { endedRelease, eolSnapshot, extendedSupport, isDeprecatedImage, releasesOf } from '../shared/base-image-eol';
import { baseImageStages, expansionNote } from '../shared/dockerfile-images';

const lower: Record<Severity, Severity> = { critical: 'high', high: 'medium', medium: 'low', low: 'low' };

export default defineRule({
  id: 'DKR-009',
  title: 'Build on base images that still get security updates',
  target: 'dockerfile',
  severity: 'high',
  preset: 'recommended',
  requirements: ['4.4'],
  frameworks: { iso27001: ['A.8.8'], nist80053: ['SA-22', 'SI-2'], cis: ['CIS Docker Benchmark v1.6.0 4.4'] },
  docs: {
    rationale:
      'A distribution or language runtime past its end of security support gets no more fixes: every vulnerability ' +
      'found from then on stays in the image, however often it is rebuilt. Both parts of a variant tag count ' +
      '(`node:20-alpine3.19` is Node.js 20 on Alpine 3.19). The dates come from the end-of-life table shipped with ' +
      `the rules (endoflife.date, snapshot ${eolSnapshot}) and are compared with the date of the run. Debian releases ` +
      'in their LTS period are still patched for the architectures the images are built for and are not reported; ' +
      'Ubuntu ESM needs a subscription the images do not carry. Builder stages are reported one level lower.',
    remediation: 'Move the base image to a supported release (the message names them) and rebuild.',
    links: [{ title: 'endoflife.date', url: 'https://endoflife.date' }],
  },
  messages: {
    ended: '{{title}} {{version}}{{via}} reached the end of security support on {{date}}{{extended}}; supported: {{supported}}.',
    endedBefore: '{{title}} {{version}}{{via}} is out of security support: it is older than the oldest release tracked, whose support ended on {{date}}; supported: {{supported}}.',
    deprecated: 'The openjdk image{{via}} is deprecated and gets no updates; use eclipse-temurin (or another maintained JDK build).',
  },
  examples: {
    bad: 'FROM node:18-alpine\nCMD ["node", "server.js"]\n',
    good: 'FROM node:24-alpine\nCMD ["node", "server.js"]\n',
  },
  check({ file, report }) {
    const today = new Date();
    const shipped = file.finalStage()?.root();
    for (const stage of baseImageStages(file.stages)) {
      const { image } = stage;
      const { via, related } = expansionNote(stage);
      const severity = (s: Severity) => (stage === shipped ? s : lower[s]);
      const tagRange = image.tagRange;
      // The part of a literal tag that names the release; the whole reference when it came from a variable.
      const rangeOf = (start: number, end: number) =>
        tagRange && tagRange.start.line === tagRange.end.line
          ? { start: { line: tagRange.start.line, character: tagRange.start.character + start }, end: { line: tagRange.start.line, character: tagRange.start.character + end } }
          : image.range;
      if (isDeprecatedImage(image.name!)) {
        report({ at: image.range, messageId: 'deprecated', data: { via }, related, severity: severity('medium') });
        continue;
      }
      if (!image.tag) continue;
      for (const release of releasesOf(image.name!, image.tag)) {
        const ended = endedRelease(release, today);
        // Free extended support (Debian LTS) still ships fixes to these images.
        if (!ended || ended.patched) continue;
        const before = ended.ended.startsWith('before ');
        report({
          at: rangeOf(release.start, release.end),
          messageId: before ? 'endedBefore' : 'ended',
          data: {
            title: ended.title,
            version: ended.version,
            via,
            date: before ? ended.ended.slice('before '.length) : ended.ended,
            extended: extendedSupport(ended) ? ` (${extendedSupport(ended)})` : '',
            supported: ended.supported,
          },
          related,
          severity: severity('high'),
        });
      }
    }
  },
});
