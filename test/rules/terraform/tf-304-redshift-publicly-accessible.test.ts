import rule from '../../../rules/terraform/tf-304-redshift-publicly-accessible';
import { publicFlagCases } from '../../helpers/public-flag-cases';
import { ruleTester } from '../../helpers/rule-tester';

const resource = (body: string) => `resource "aws_redshift_cluster" "dw" {\n  cluster_identifier = "dw"\n  node_type          = "ra3.xlplus"\n${body}}\n`;
const shared = publicFlagCases({ resource, lines: 3, type: 'aws_redshift_cluster', name: 'dw', flag: 'publicly_accessible', title: 'Set publicly_accessible = false' });

ruleTester(rule, {
  good: [
    ...shared.good,
    { name: 'aws_redshiftserverless_workgroup without the argument', code: 'resource "aws_redshiftserverless_workgroup" "wg" {\n  namespace_name = "dw"\n  workgroup_name = "wg"\n}\n' },
  ],
  bad: [
    ...shared.bad,
    {
      name: 'aws_redshiftserverless_workgroup',
      code: 'resource "aws_redshiftserverless_workgroup" "wg" {\n  namespace_name = "dw"\n  workgroup_name = "wg"\n  publicly_accessible = true\n}\n',
      findings: [{ messageId: 'public', line: 4, column: 25, endColumn: 29 }],
    },
  ],
});
