import { defineRule } from '../api';
import { awsDoc, notPublic, publicEndpointRule } from '../shared/aws-network';

export default defineRule({
  id: 'TF-332',
  title: 'Do not make Neptune cluster instances publicly accessible',
  ...publicEndpointRule(),
  docs: {
    rationale:
      'publicly_accessible = true on a Neptune cluster instance asks for a public endpoint for the graph database, which ' +
      'holds data that is often sensitive by its very structure (relationships, identities, fraud signals). The default ' +
      'is false; Neptune serves clients in the VPC.',
    remediation: 'Set publicly_accessible = false (or remove it) and reach the cluster from inside the VPC or through a VPN.',
    links: [
      awsDoc('aws_neptune_cluster_instance', 'publicly_accessible'),
      { title: 'Amazon Neptune security', url: 'https://docs.aws.amazon.com/neptune/latest/userguide/security.html' },
    ],
  },
  messages: {
    public: 'publicly_accessible = true asks for a public endpoint for this Neptune instance.',
  },
  examples: {
    bad: 'resource "aws_neptune_cluster_instance" "graph" {\n  cluster_identifier  = aws_neptune_cluster.graph.id\n  instance_class      = "db.r6g.large"\n  publicly_accessible = true\n}\n',
    good: 'resource "aws_neptune_cluster_instance" "graph" {\n  cluster_identifier = aws_neptune_cluster.graph.id\n  instance_class     = "db.r6g.large"\n}\n',
  },
  check: notPublic(['aws_neptune_cluster_instance'], 'publicly_accessible', 'public'),
});
