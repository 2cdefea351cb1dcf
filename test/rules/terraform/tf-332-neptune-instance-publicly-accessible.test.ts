import rule from '../../../rules/terraform/tf-332-neptune-instance-publicly-accessible';
import { publicFlagCases } from '../../helpers/public-flag-cases';
import { ruleTester } from '../../helpers/rule-tester';

const resource = (body: string) => `resource "aws_neptune_cluster_instance" "graph" {\n  cluster_identifier = aws_neptune_cluster.graph.id\n  instance_class     = "db.r6g.large"\n${body}}\n`;
const shared = publicFlagCases({ resource, lines: 3, type: 'aws_neptune_cluster_instance', name: 'graph', flag: 'publicly_accessible', title: 'Set publicly_accessible = false' });

ruleTester(rule, shared);
