import { defineRule } from '../api';
import { jsonDocument, writtenAt } from '../shared/aws-data';
import { attributeOf, moduleFor, resourceInstances } from '../shared/terraform-evaluated';

interface EncryptionConfiguration {
  EnableAtRestEncryption?: unknown;
  EnableInTransitEncryption?: unknown;
  AtRestEncryptionConfiguration?: { LocalDiskEncryptionConfiguration?: unknown };
}

export default defineRule({
  id: 'TF-069',
  title: 'Encrypt EMR data at rest, on local disks and in transit',
  target: 'terraform',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['3.1', '3.2'],
  frameworks: { iso27001: ['A.8.24', 'A.5.14'], nist80053: ['SC-28', 'SC-28(1)', 'SC-8', 'SC-8(1)'] },
  docs: {
    rationale:
      'An EMR cluster encrypts only what its security configuration asks for: EnableAtRestEncryption (EMRFS data in S3 ' +
      'and, with LocalDiskEncryptionConfiguration, the instance store and EBS volumes of the nodes) and ' +
      'EnableInTransitEncryption (traffic between nodes and applications) are both off unless set to true. A ' +
      'configuration whose document cannot be read before apply is not decided.',
    remediation:
      'In EncryptionConfiguration set EnableAtRestEncryption = true with an AtRestEncryptionConfiguration that has ' +
      'S3EncryptionConfiguration and LocalDiskEncryptionConfiguration, and EnableInTransitEncryption = true with a ' +
      'TLS certificate provider.',
    links: [
      { title: 'aws_emr_security_configuration', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/emr_security_configuration' },
      { title: 'Encryption options for Amazon EMR', url: 'https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-data-encryption-options.html' },
    ],
  },
  messages: {
    noEncryption: 'This EMR security configuration has no EncryptionConfiguration: clusters using it encrypt nothing.',
    atRestOff: 'EnableAtRestEncryption is not true: EMRFS data and node disks of clusters using this configuration are not encrypted.',
    localDiskMissing: 'At-rest encryption has no LocalDiskEncryptionConfiguration: the nodes\' local disks are not encrypted.',
    inTransitOff: 'EnableInTransitEncryption is not true: traffic between cluster nodes and applications is not encrypted.',
  },
  examples: {
    bad:
      'resource "aws_emr_security_configuration" "main" {\n  name = "main"\n  configuration = jsonencode({\n    EncryptionConfiguration = {\n' +
      '      EnableAtRestEncryption    = false\n      EnableInTransitEncryption = false\n    }\n  })\n}\n',
    good:
      'resource "aws_emr_security_configuration" "main" {\n  name = "main"\n  configuration = jsonencode({\n    EncryptionConfiguration = {\n' +
      '      EnableAtRestEncryption = true\n      AtRestEncryptionConfiguration = {\n        S3EncryptionConfiguration = { EncryptionMode = "SSE-S3" }\n' +
      '        LocalDiskEncryptionConfiguration = { EncryptionKeyProviderType = "AwsKms", AwsKmsKey = aws_kms_key.emr.arn }\n      }\n' +
      '      EnableInTransitEncryption = true\n      InTransitEncryptionConfiguration = {\n        TLSCertificateConfiguration = {\n' +
      '          CertificateProviderType = "PEM"\n          S3Object                = "s3://certs/emr.zip"\n        }\n      }\n    }\n  })\n}\n',
  },
  check({ file, module, report }) {
    const project = moduleFor(file, module);
    for (const configuration of resourceInstances(project, file, 'aws_emr_security_configuration')) {
      const located = attributeOf(configuration, 'configuration');
      const document = jsonDocument(located) as { EncryptionConfiguration?: EncryptionConfiguration } | undefined;
      if (!located || !document || typeof document !== 'object') continue;
      const at = (...path: string[]) => writtenAt(located.syntax, path) ?? located.at;
      const encryption = document.EncryptionConfiguration;
      if (!encryption || typeof encryption !== 'object') {
        report({ at: located.at, messageId: 'noEncryption', value: located.value });
        continue;
      }
      const where = (flag: string) => (flag in encryption ? at('EncryptionConfiguration', flag) : at('EncryptionConfiguration'));
      if (encryption.EnableAtRestEncryption !== true) {
        report({ at: where('EnableAtRestEncryption'), messageId: 'atRestOff', value: located.value });
      } else if (!encryption.AtRestEncryptionConfiguration?.LocalDiskEncryptionConfiguration) {
        report({ at: at('EncryptionConfiguration', 'AtRestEncryptionConfiguration'), messageId: 'localDiskMissing', value: located.value });
      }
      if (encryption.EnableInTransitEncryption !== true) {
        report({ at: where('EnableInTransitEncryption'), messageId: 'inTransitOff', value: located.value });
      }
    }
  },
});
