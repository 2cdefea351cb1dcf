import { defineRule, type Range, type RelatedLocation } from '../api';
import { isApprovedImage, registriesOption, registryOf, registryPolicy } from '../shared/approved-registries';
import { baseImageStages, expansionNote } from '../shared/dockerfile-images';
import { instructionsWithTriggers } from '../shared/dockerfile-scripts';

export default defineRule({
  id: 'DKR-012',
  title: 'Use images from approved registries only',
  target: 'dockerfile',
  severity: 'high',
  preset: 'strict',
  requirements: ['4.5'],
  frameworks: { iso27001: ['A.8.19', 'A.5.21'], nist80053: ['CM-7(5)', 'SR-3', 'SR-4'], cis: ['CIS Docker Benchmark v1.6.0 4.2'] },
  docs: {
    rationale:
      'Images pulled from public registries (Docker Hub, which an image without a host comes from, GHCR, Quay) ' +
      'have not been through the organisation\'s scanning and approval, and a typo or a taken-over namespace pulls ' +
      'someone else\'s code. Base images, `COPY --from=<image>` and `RUN --mount=from=<image>` all count. The default ' +
      'list only proves "a cloud registry" (ECR, ACR, Artifact Registry), so with it findings are medium; a configured ' +
      'list of your own registries makes them high.',
    remediation:
      'Mirror the image into an approved registry and reference it there; set `registries` to your own registries ' +
      '(for example `123456789012.dkr.ecr.*.amazonaws.com, acme.azurecr.io`).',
  },
  options: { registries: registriesOption },
  messages: {
    unapproved: 'Image "{{image}}"{{via}} comes from {{registry}}, which is not an approved registry.',
  },
  examples: {
    bad: 'FROM node:24-alpine\nCMD ["node", "server.js"]\n',
    good: 'FROM 123456789012.dkr.ecr.eu-west-1.amazonaws.com/base/node:24-alpine\nCMD ["node", "server.js"]\n',
  },
  check({ file, report, options }) {
    const { patterns, severity } = registryPolicy(options.registries as string);
    const check = (reference: string, at: Range, via = '', related: RelatedLocation[] = []) => {
      if (isApprovedImage(reference, patterns) !== false) return;
      report({ at, messageId: 'unapproved', data: { image: reference, via, registry: registryOf(reference) ?? '' }, related, severity });
    };
    for (const stage of baseImageStages(file.stages)) {
      const { via, related } = expansionNote(stage);
      check(stage.image.resolved!, stage.image.range, via, related);
    }
    for (const instruction of instructionsWithTriggers(file.instructions)) {
      const sources =
        instruction.keyword === 'COPY' || instruction.keyword === 'ADD'
          ? instruction.flagsNamed('from').map((f) => ({ value: f.value, range: f.valueRange }))
          : instruction.keyword === 'RUN'
            ? instruction.flagsNamed('mount').flatMap((m) => m.options.filter((o) => o.name === 'from').map((o) => ({ value: o.value, range: o.valueRange })))
            : [];
      for (const { value, range } of sources) {
        // Stage names and indexes, and references still holding a variable, are not images.
        if (!value || !range || value.includes('$') || /^\d+$/.test(value) || file.stageNamed(value)) continue;
        check(value, range);
      }
    }
  },
});
