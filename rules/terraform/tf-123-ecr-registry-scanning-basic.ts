import { asString, defineRule } from '../api';
import { awsDoc, imageScanning } from '../shared/aws-operations';
import { attributeOf, moduleFor, resourceInstances } from '../shared/terraform-evaluated';
import { headerAnchor } from '../shared/terraform-values';

export default defineRule({
  id: 'TF-123',
  title: 'Re-scan ECR images continuously with enhanced scanning',
  target: 'terraform',
  severity: 'low',
  // Enhanced scanning is billed by Amazon Inspector; basic scanning on push already meets 5.1.
  preset: 'strict',
  requirements: ['5.3'],
  frameworks: imageScanning('RA-5(2)'),
  docs: {
    rationale:
      'Basic scanning looks at an image once, when it is pushed (or on demand): a vulnerability disclosed later stays ' +
      'unreported for images already stored and running. Enhanced scanning (Amazon Inspector) with a CONTINUOUS_SCAN rule ' +
      're-scans images as new findings are published.',
    remediation: 'Set scan_type = "ENHANCED" and a rule { scan_frequency = "CONTINUOUS_SCAN", repository_filter { filter = "*", filter_type = "WILDCARD" } }.',
    links: [
      awsDoc('ecr_registry_scanning_configuration'),
      { title: 'Scan images for OS and programming language package vulnerabilities in Amazon ECR', url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning-enhanced.html' },
    ],
  },
  messages: {
    basic: 'scan_type = "BASIC": images are scanned only on push or on demand, never again when new vulnerabilities are published.',
    notContinuous: 'No rule of this scanning configuration uses scan_frequency = "CONTINUOUS_SCAN": stored images are not re-scanned.',
  },
  examples: {
    bad: 'resource "aws_ecr_registry_scanning_configuration" "main" {\n  scan_type = "BASIC"\n}\n',
    good:
      'resource "aws_ecr_registry_scanning_configuration" "main" {\n  scan_type = "ENHANCED"\n\n  rule {\n    scan_frequency = "CONTINUOUS_SCAN"\n' +
      '    repository_filter {\n      filter      = "*"\n      filter_type = "WILDCARD"\n    }\n  }\n}\n',
  },
  check({ file, module, report }) {
    const project = moduleFor(file, module);
    for (const config of resourceInstances(project, file, 'aws_ecr_registry_scanning_configuration')) {
      const type = attributeOf(config, 'scan_type');
      const scanType = asString(type?.value)?.toUpperCase();
      if (type && scanType === 'BASIC') {
        // No edit: enhanced scanning is billed by Amazon Inspector and needs its own rules.
        report({ at: type.at, messageId: 'basic', value: type.value });
        continue;
      }
      if (scanType !== 'ENHANCED' || config.hasUnknownBlocks('rule')) continue;
      const frequencies = config.blocks('rule').map((rule) => rule.value('scan_frequency'));
      if (frequencies.some((frequency) => frequency !== undefined && asString(frequency) === undefined)) continue;
      if (frequencies.some((frequency) => asString(frequency)?.toUpperCase() === 'CONTINUOUS_SCAN')) continue;
      report({ at: headerAnchor(file, config.block), messageId: 'notContinuous' });
    }
  },
});
