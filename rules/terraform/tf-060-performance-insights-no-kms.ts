import { asBool, defineRule } from '../api';
import { customerKeyCheck, customerKeyRule } from '../shared/aws-data';

export default defineRule({
  id: 'TF-060',
  title: 'Encrypt Performance Insights data with a customer-managed KMS key',
  ...customerKeyRule(),
  docs: {
    rationale:
      'Performance Insights keeps samples of the queries a database runs, literal values included. Without performance_insights_kms_key_id they are encrypted with the AWS managed aws/rds key, whose policy cannot be changed: anyone allowed pi:GetResourceMetrics or the console page reads them. The data is encrypted either way, which is why this is only in the strict preset.',
    remediation: 'Set performance_insights_kms_key_id to a customer-managed KMS key when Performance Insights is turned on (the key cannot be changed later).',
    links: [
      { title: 'aws_db_instance', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#performance_insights_kms_key_id' },
      { title: 'Turning Performance Insights on', url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_PerfInsights.Enabling.html' },
    ],
  },
  messages: {
    empty: 'performance_insights_kms_key_id is empty: Performance Insights data uses the AWS managed aws/rds key.',
    missing: 'Performance Insights is on without performance_insights_kms_key_id, so its data uses the AWS managed aws/rds key.',
  },
  examples: {
    bad: 'resource "aws_db_instance" "main" {\n  engine                       = "postgres"\n  performance_insights_enabled = true\n}\n',
    good: 'resource "aws_db_instance" "main" {\n  engine                       = "postgres"\n  performance_insights_enabled = true\n  performance_insights_kms_key_id = aws_kms_key.main.arn\n}\n',
  },
  check: customerKeyCheck(['aws_db_instance', 'aws_rds_cluster'], 'performance_insights_kms_key_id', { insecure: 'empty', missing: 'missing' },
    {
      // Only with Performance Insights on: without it there is no data to encrypt.
      absent: ({ resource }) => {
        const enabled = resource.value('performance_insights_enabled');
        if (enabled === undefined || enabled.kind === 'null') return 'compliant';
        const on = asBool(enabled);
        return on === undefined ? 'unknown' : on ? 'insecure' : 'compliant';
      },
    }),
});
