import { defineRule } from '../api';
import { awsDoc, notPublic, publicEndpointRule } from '../shared/aws-network';

export default defineRule({
  id: 'TF-305',
  title: 'Do not make DMS replication instances publicly accessible',
  ...publicEndpointRule(),
  docs: {
    rationale:
      'A DMS replication instance holds credentials for its source and target databases and streams their data; with ' +
      'publicly_accessible = true it gets a public IP address. The provider default is false. The provider replaces the ' +
      'instance to change it.',
    remediation: 'Set publicly_accessible = false and connect sources outside the VPC through a VPN, Direct Connect or VPC peering.',
    links: [
      awsDoc('aws_dms_replication_instance', 'publicly_accessible'),
      { title: 'Setting up a network for a replication instance', url: 'https://docs.aws.amazon.com/dms/latest/userguide/CHAP_ReplicationInstance.VPC.html' },
    ],
  },
  messages: {
    public: 'publicly_accessible = true gives this replication instance a public IP address.',
  },
  examples: {
    bad: 'resource "aws_dms_replication_instance" "main" {\n  replication_instance_id    = "main"\n  replication_instance_class = "dms.t3.medium"\n  publicly_accessible        = true\n}\n',
    good: 'resource "aws_dms_replication_instance" "main" {\n  replication_instance_id    = "main"\n  replication_instance_class = "dms.t3.medium"\n}\n',
  },
  check: notPublic(['aws_dms_replication_instance'], 'publicly_accessible', 'public', { replacesResource: true }),
});
