import { asString, defineRule } from '../api';
import { allOf } from '../shared/azure-transport';
import { noneOf, transportRule } from '../shared/aws-transport';
import { attributeCheck, mustBeTrue } from '../shared/terraform-attribute-check';

type Message = 'plaintextClients' | 'plaintextBrokers';
const transit = 'encryption_info.encryption_in_transit';

export default defineRule({
  id: 'TF-357',
  title: 'Encrypt MSK cluster traffic between clients and brokers and among brokers',
  ...transportRule('high'),
  docs: {
    rationale:
      'An MSK cluster with client_broker = "PLAINTEXT" or "TLS_PLAINTEXT" lets producers and consumers send and read ' +
      'records in clear text, and in_cluster = false replicates them between brokers in clear text: anyone on the VPC ' +
      'path can read or alter the stream.',
    remediation: 'Set client_broker = "TLS" (the default) and keep in_cluster = true in encryption_info.encryption_in_transit.',
    links: [
      { title: 'aws_msk_cluster', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/msk_cluster#encryption_in_transit-argument-reference' },
      { title: 'Amazon MSK encryption in transit', url: 'https://docs.aws.amazon.com/msk/latest/developerguide/msk-encryption.html#msk-encryption-in-transit' },
    ],
  },
  messages: {
    plaintextClients: 'client_broker = "{{value}}" lets clients exchange records with the brokers in clear text.',
    plaintextBrokers: 'in_cluster = false: the brokers replicate records to each other in clear text.',
  },
  examples: {
    bad:
      'resource "aws_msk_cluster" "events" {\n  cluster_name  = "events"\n  kafka_version = "3.6.0"\n\n  encryption_info {\n' +
      '    encryption_in_transit {\n      client_broker = "PLAINTEXT"\n    }\n  }\n}\n',
    good:
      'resource "aws_msk_cluster" "events" {\n  cluster_name  = "events"\n  kafka_version = "3.6.0"\n\n  encryption_info {\n' +
      '    encryption_in_transit {\n      client_broker = "TLS"\n    }\n  }\n}\n',
  },
  check: allOf<Message>(
    attributeCheck<Message>({
      resources: ['aws_msk_cluster'],
      path: `${transit}.client_broker`,
      compliant: noneOf(['PLAINTEXT', 'TLS_PLAINTEXT']),
      // TLS since provider 3.0 (2.x defaulted to TLS_PLAINTEXT, which allowed both).
      absent: 'compliant',
      data: (value) => ({ value: asString(value)?.trim() ?? '' }),
      messages: { insecure: 'plaintextClients', missing: 'plaintextClients' },
      // Clients on the plain-text port must move to the TLS bootstrap brokers first.
      remedy: { value: 'TLS', title: 'Accept only TLS from clients', kind: 'suggest' },
    }),
    attributeCheck<Message>({
      resources: ['aws_msk_cluster'],
      ...mustBeTrue(`${transit}.in_cluster`, { replacesResource: true }),
      absent: 'compliant',
      messages: { insecure: 'plaintextBrokers', missing: 'plaintextBrokers' },
    }),
  ),
});
