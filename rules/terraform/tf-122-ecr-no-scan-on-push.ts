import { asBool, defineRule, type TerraformModule } from '../api';
import { awsDoc, imageScanning } from '../shared/aws-operations';
import { attributeCheck, mustBeTrue } from '../shared/terraform-attribute-check';

/** A registry scanning configuration replaces what each repository says. */
const registryScanned = (module: TerraformModule): boolean => module.resources('aws_ecr_registry_scanning_configuration').length > 0;

export default defineRule({
  id: 'TF-122',
  title: 'Scan images pushed to ECR repositories',
  target: 'terraform',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['5.1'],
  frameworks: imageScanning(),
  docs: {
    rationale:
      'A repository scans nothing on push unless image_scanning_configuration sets scan_on_push = true (the default is ' +
      'false), so images with known vulnerabilities are stored and deployed unnoticed. A registry scanning configuration ' +
      '(aws_ecr_registry_scanning_configuration) replaces the repository setting: with one in the module the ' +
      'repositories are not reported.',
    remediation:
      'Add image_scanning_configuration { scan_on_push = true }, or scan the whole registry with aws_ecr_registry_scanning_configuration.',
    links: [
      awsDoc('ecr_repository', 'image_scanning_configuration'),
      { title: 'Scan images for software vulnerabilities in Amazon ECR', url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning.html' },
    ],
  },
  messages: {
    disabled: 'scan_on_push = false: images pushed to this repository are not scanned.',
    missing: 'Images pushed to this repository are not scanned (scan_on_push defaults to false).',
  },
  examples: {
    bad: 'resource "aws_ecr_repository" "app" {\n  name = "app"\n}\n',
    good: 'resource "aws_ecr_repository" "app" {\n  name = "app"\n\n  image_scanning_configuration {\n    scan_on_push = true\n  }\n}\n',
  },
  check: attributeCheck({
    resources: ['aws_ecr_repository'],
    ...mustBeTrue('image_scanning_configuration.scan_on_push'),
    compliant: (value, { module }) => registryScanned(module) || asBool(value),
    absent: ({ module }) => (registryScanned(module) ? 'compliant' : 'insecure'),
    messages: { insecure: 'disabled', missing: 'missing' },
    // Safe unattended: in place, basic scanning is free and does not block pushes.
    remedy: { value: true, title: 'Scan images on push', kind: 'fix' },
  }),
});
