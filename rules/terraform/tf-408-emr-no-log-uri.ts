import { defineRule } from '../api';
import { namesSomething, serviceLogRule } from '../shared/aws-logging';
import { awsDoc } from '../shared/aws-operations';
import { attributeCheck } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-408',
  title: 'Archive EMR cluster logs to S3',
  ...serviceLogRule({ severity: 'low', preset: 'strict' }),
  docs: {
    rationale:
      'Without log_uri an EMR cluster keeps its step, Hadoop and instance logs only on its own nodes: they are gone ' +
      'when the cluster terminates, with the record of what jobs ran and who submitted them.',
    remediation: 'Set log_uri = "s3://<bucket>/<prefix>/" on the cluster.',
    links: [
      awsDoc('emr_cluster', 'log_uri'),
      { title: 'Configure Amazon EMR cluster logging and debugging', url: 'https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-plan-debugging.html' },
    ],
  },
  messages: {
    empty: 'log_uri is empty: the logs of this cluster are not archived.',
    missing: 'This cluster does not archive its logs to S3 (no log_uri).',
  },
  examples: {
    bad: 'resource "aws_emr_cluster" "etl" {\n  name          = "etl"\n  release_label = "emr-7.2.0"\n  service_role  = aws_iam_role.emr.arn\n}\n',
    good:
      'resource "aws_emr_cluster" "etl" {\n  name          = "etl"\n  release_label = "emr-7.2.0"\n  service_role  = aws_iam_role.emr.arn\n' +
      '  log_uri       = "s3://acme-emr-logs/etl/"\n}\n',
  },
  check: attributeCheck({
    resources: ['aws_emr_cluster'],
    path: 'log_uri',
    compliant: namesSomething,
    absent: 'insecure',
    messages: { insecure: 'empty', missing: 'missing' },
    // No edit: the bucket is the author's to choose.
  }),
});
