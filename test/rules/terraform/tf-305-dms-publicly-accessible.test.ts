import rule from '../../../rules/terraform/tf-305-dms-publicly-accessible';
import { publicFlagCases } from '../../helpers/public-flag-cases';
import { ruleTester } from '../../helpers/rule-tester';

const resource = (body: string) => `resource "aws_dms_replication_instance" "main" {\n  replication_instance_id    = "main"\n  replication_instance_class = "dms.t3.medium"\n${body}}\n`;
const shared = publicFlagCases({ resource, lines: 3, type: 'aws_dms_replication_instance', name: 'main', flag: 'publicly_accessible', title: 'Set publicly_accessible = false (the provider replaces the resource)' });

ruleTester(rule, {
  good: [...shared.good],
  bad: [...shared.bad],
});
