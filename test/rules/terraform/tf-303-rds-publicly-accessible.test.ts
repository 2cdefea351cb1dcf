import rule from '../../../rules/terraform/tf-303-rds-publicly-accessible';
import { publicFlagCases } from '../../helpers/public-flag-cases';
import { ruleTester } from '../../helpers/rule-tester';

const resource = (body: string) => `resource "aws_db_instance" "main" {\n  engine         = "postgres"\n  instance_class = "db.t4g.micro"\n${body}}\n`;
const shared = publicFlagCases({ resource, lines: 3, type: 'aws_db_instance', name: 'main', flag: 'publicly_accessible', title: 'Set publicly_accessible = false' });

ruleTester(rule, {
  good: [
    ...shared.good,
    { name: 'aws_rds_cluster_instance without the argument', code: 'resource "aws_rds_cluster_instance" "writer" {\n  cluster_identifier = aws_rds_cluster.main.id\n  instance_class     = "db.r6g.large"\n}\n' },
  ],
  bad: [
    ...shared.bad,
    {
      name: 'aws_rds_cluster_instance',
      code: 'resource "aws_rds_cluster_instance" "writer" {\n  cluster_identifier = aws_rds_cluster.main.id\n  instance_class     = "db.r6g.large"\n  publicly_accessible = true\n}\n',
      findings: [{ messageId: 'public', line: 4, column: 25, endColumn: 29 }],
    },
  ],
});
