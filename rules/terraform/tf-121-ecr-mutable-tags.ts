import { asString, defineRule } from '../api';
import { awsDoc } from '../shared/aws-operations';
import { attributeCheck } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-121',
  title: 'Make ECR image tags immutable',
  target: 'terraform',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['4.5'],
  frameworks: { iso27001: ['A.8.19', 'A.5.21'], nist80053: ['SI-7', 'SR-4'] },
  docs: {
    rationale:
      'ECR repositories are created with MUTABLE tags unless image_tag_mutability says otherwise: anyone who can push may ' +
      'replace the image behind a tag that deployments already trust, and the tag no longer says what runs. ' +
      'IMMUTABLE_WITH_EXCLUSION, which keeps chosen tags such as latest movable, passes.',
    remediation: 'Set image_tag_mutability = "IMMUTABLE" (or "IMMUTABLE_WITH_EXCLUSION" with the tags that must move) and push a new tag per build.',
    links: [
      awsDoc('ecr_repository', 'image_tag_mutability'),
      { title: 'Preventing image tags from being overwritten in Amazon ECR', url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html' },
    ],
  },
  messages: {
    mutable: 'image_tag_mutability = "{{value}}": a push can replace the image behind an existing tag.',
    missing: 'image_tag_mutability is not set, so the tags of this repository are mutable.',
  },
  examples: {
    bad: 'resource "aws_ecr_repository" "app" {\n  name = "app"\n}\n',
    good: 'resource "aws_ecr_repository" "app" {\n  name                 = "app"\n  image_tag_mutability = "IMMUTABLE"\n}\n',
  },
  check: attributeCheck({
    resources: ['aws_ecr_repository'],
    path: 'image_tag_mutability',
    compliant: (value) => {
      const setting = asString(value)?.toUpperCase();
      return setting === undefined ? undefined : setting.startsWith('IMMUTABLE');
    },
    absent: 'insecure',
    messages: { insecure: 'mutable', missing: 'missing' },
    data: (value) => ({ value: asString(value) ?? '' }),
    // A suggestion: pipelines that push the same tag twice start to fail.
    remedy: { value: 'IMMUTABLE', title: 'Set image_tag_mutability = "IMMUTABLE"', kind: 'suggest' },
  }),
});
