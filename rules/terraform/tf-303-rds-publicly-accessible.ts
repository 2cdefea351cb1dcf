import { defineRule } from '../api';
import { awsDoc, cisAws, notPublic, publicEndpointRule } from '../shared/aws-network';

export default defineRule({
  id: 'TF-303',
  title: 'Do not make RDS DB instances publicly accessible',
  ...publicEndpointRule({ cis: [cisAws('2.3.3')] }),
  docs: {
    rationale:
      'With publicly_accessible = true, RDS gives the instance a public DNS name that resolves to a public IP address: in a ' +
      'subnet with a route to an internet gateway the database port is then reachable from the internet, and only its ' +
      'security group and password stand between it and every scanner. The default is false, for DB instances and for ' +
      'Aurora cluster instances.',
    remediation: 'Set publicly_accessible = false (or remove it) and reach the database from inside the VPC, through a VPN, AWS PrivateLink or a bastion.',
    links: [
      awsDoc('aws_db_instance', 'publicly_accessible'),
      awsDoc('aws_rds_cluster_instance', 'publicly_accessible'),
      { title: 'Hiding a DB instance in a VPC from the internet', url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html#USER_VPC.Hiding' },
    ],
  },
  messages: {
    public: 'publicly_accessible = true gives this database a public IP address.',
  },
  examples: {
    bad: 'resource "aws_db_instance" "main" {\n  engine              = "postgres"\n  instance_class      = "db.t4g.micro"\n  publicly_accessible = true\n}\n',
    good: 'resource "aws_db_instance" "main" {\n  engine         = "postgres"\n  instance_class = "db.t4g.micro"\n}\n',
  },
  check: notPublic(['aws_db_instance', 'aws_rds_cluster_instance'], 'publicly_accessible', 'public'),
});
