import { asBool, asString, defineRule } from '../api';
import { googleDoc, integrity } from '../shared/gcp-hardening';
import { attributeCheck, mustBeTrue, type CheckScope } from '../shared/terraform-attribute-check';

/** Whether the repository is a standard Docker repository, the only kind with docker_config; undefined when not known. */
function isStandardDocker({ resource }: CheckScope): boolean | undefined {
  const format = asString(resource.value('format'))?.trim().toUpperCase();
  const mode = resource.value('mode');
  const modeText = !mode || mode.kind === 'null' ? 'STANDARD_REPOSITORY' : asString(mode)?.trim().toUpperCase();
  if (format === undefined || modeText === undefined) return undefined;
  return format === 'DOCKER' && modeText === 'STANDARD_REPOSITORY';
}

export default defineRule({
  id: 'TF-269',
  title: 'Make the tags of Artifact Registry Docker repositories immutable',
  target: 'terraform',
  severity: 'low',
  // Strict: tags are mutable by default and workflows that move a tag (latest, an environment name) need them so.
  preset: 'strict',
  requirements: ['4.5'],
  frameworks: integrity(),
  docs: {
    rationale:
      'With mutable tags anyone who can push can point an existing tag such as v1.4.2 at another image, and every ' +
      'deployment that pulls by tag runs it. docker_config.immutable_tags defaults to false on standard Docker repositories.',
    remediation: 'Set docker_config { immutable_tags = true } and deploy by version tag or digest.',
    links: [googleDoc('google_artifact_registry_repository', 'immutable_tags'), { title: 'Tag immutability', url: 'https://cloud.google.com/artifact-registry/docs/docker/manage-images#immutable-tags' }],
  },
  messages: {
    mutable: 'immutable_tags = false: a tag can be moved to another image.',
    missing: 'Tags of this Docker repository are mutable, so a tag can be moved to another image.',
  },
  examples: {
    bad: 'resource "google_artifact_registry_repository" "images" {\n  repository_id = "images"\n  format        = "DOCKER"\n}\n',
    good: 'resource "google_artifact_registry_repository" "images" {\n  repository_id = "images"\n  format        = "DOCKER"\n  docker_config {\n    immutable_tags = true\n  }\n}\n',
  },
  check: attributeCheck({
    resources: ['google_artifact_registry_repository'],
    // Pipelines that overwrite tags start failing: a suggestion.
    ...mustBeTrue('docker_config.immutable_tags'),
    compliant: (value, scope) => (isStandardDocker(scope) === true ? asBool(value) : undefined),
    absent: (scope) => (isStandardDocker(scope) === true ? 'insecure' : 'compliant'),
    messages: { insecure: 'mutable', missing: 'missing' },
  }),
});
