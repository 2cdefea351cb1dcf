import { defineRule } from '../api';
import { awsDoc, notPublic, publicEndpointRule } from '../shared/aws-network';

export default defineRule({
  id: 'TF-304',
  title: 'Do not make Redshift clusters or workgroups publicly accessible',
  ...publicEndpointRule(),
  docs: {
    rationale:
      'A publicly accessible Redshift cluster or Redshift Serverless workgroup gets a public endpoint: the warehouse, often ' +
      'the largest store of business data, is then one security group rule away from the internet. Only an explicit true is ' +
      'reported: hashicorp/aws before 6.0 defaulted aws_redshift_cluster.publicly_accessible to true, 6.0 and later (like the ' +
      'Redshift API) to false, and the provider version a configuration is applied with is not known.',
    remediation: 'Set publicly_accessible = false and reach the cluster from inside the VPC or through a Redshift-managed VPC endpoint.',
    links: [
      awsDoc('aws_redshift_cluster', 'publicly_accessible'),
      awsDoc('aws_redshiftserverless_workgroup', 'publicly_accessible'),
      { title: 'Amazon Redshift: managing clusters in a VPC', url: 'https://docs.aws.amazon.com/redshift/latest/mgmt/managing-clusters-vpc.html' },
    ],
  },
  messages: {
    public: 'publicly_accessible = true gives this data warehouse a public endpoint.',
  },
  examples: {
    bad: 'resource "aws_redshift_cluster" "dw" {\n  cluster_identifier  = "dw"\n  node_type           = "ra3.xlplus"\n  publicly_accessible = true\n}\n',
    good: 'resource "aws_redshift_cluster" "dw" {\n  cluster_identifier  = "dw"\n  node_type           = "ra3.xlplus"\n  publicly_accessible = false\n}\n',
  },
  check: notPublic(['aws_redshift_cluster', 'aws_redshiftserverless_workgroup'], 'publicly_accessible', 'public'),
});
