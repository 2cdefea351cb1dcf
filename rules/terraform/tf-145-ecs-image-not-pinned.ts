import { asString, defineRule } from '../api';
import { eachContainer, exampleTask, taskDefinitionLinks } from '../shared/aws-ecs';
import { parseImageReference } from '../shared/image-reference';

export default defineRule({
  id: 'TF-145',
  title: 'Pin ECS container images to a version or digest',
  target: 'terraform',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['4.4', '4.5'],
  frameworks: { iso27001: ['A.8.8', 'A.8.19'], nist80053: ['CM-2', 'SI-2', 'SI-7'] },
  docs: {
    rationale:
      'An image without a tag, or with :latest, is whatever was pushed last when the task starts: two tasks of one ' +
      'revision may run different code, a compromised push reaches production on the next scale-out, and a task ' +
      'definition no longer says what was deployed. A digest (@sha256:…) or a version tag passes.',
    remediation: 'Reference the image by a version tag or a digest, for example app:1.4.2 or app@sha256:<digest>.',
    links: taskDefinitionLinks('container_definition_image', 'Task definition parameters: image'),
  },
  messages: {
    latest: 'Container "{{name}}" uses "{{image}}": :latest is whatever was pushed last.',
    untagged: 'Container "{{name}}" uses "{{image}}" without a tag or digest, which means :latest.',
  },
  examples: {
    bad: exampleTask('latest'),
    good: exampleTask('1.4.2'),
  },
  check: eachContainer((container, report) => {
    const image = container.field('image');
    const text = asString(image?.value);
    const reference = text === undefined ? undefined : parseImageReference(text);
    if (!image || !reference || reference.digest) return;
    const data = { name: container.name ?? '?', image: text ?? '' };
    // No edit: only the author knows the version to pin.
    if (reference.tag === undefined) report({ at: image.at, messageId: 'untagged', data, value: image.value });
    else if (reference.tag.toLowerCase() === 'latest') report({ at: image.at, messageId: 'latest', data, value: image.value });
  }),
});
