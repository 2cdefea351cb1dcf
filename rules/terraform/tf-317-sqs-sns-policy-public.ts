import { defineRule } from '../api';
import { awsDoc, publicEndpointRule, publicPolicyCheck } from '../shared/aws-network';

export default defineRule({
  id: 'TF-317',
  title: 'Do not grant access to everyone in SQS queue and SNS topic policies',
  ...publicEndpointRule(),
  docs: {
    rationale:
      'A queue or topic policy statement that allows Principal "*" without a condition lets any AWS account (and, for some ' +
      'actions, anyone) send, read or delete messages, or subscribe to and publish on the topic. Statements limited by a ' +
      'condition such as aws:SourceArn, aws:SourceAccount or aws:PrincipalOrgID are accepted. Policies are read on ' +
      'aws_sqs_queue_policy, aws_sns_topic_policy, the inline policy of aws_sqs_queue and aws_sns_topic, and in ' +
      'aws_iam_policy_document data sources used by them.',
    remediation: 'Name the accounts or services that need access, or add a condition on aws:SourceArn, aws:SourceAccount or aws:PrincipalOrgID.',
    links: [
      awsDoc('aws_sqs_queue_policy'),
      awsDoc('aws_sns_topic_policy'),
      { title: 'Amazon SQS security best practices', url: 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-security-best-practices.html' },
    ],
  },
  messages: {
    public: 'This statement allows everyone ("*") without a condition on this queue or topic.',
  },
  examples: {
    bad:
      'resource "aws_sqs_queue_policy" "jobs" {\n  queue_url = aws_sqs_queue.jobs.id\n  policy = jsonencode({\n' +
      '    Statement = [{ Effect = "Allow", Principal = "*", Action = "sqs:SendMessage", Resource = aws_sqs_queue.jobs.arn }]\n  })\n}\n',
    good:
      'resource "aws_sqs_queue_policy" "jobs" {\n  queue_url = aws_sqs_queue.jobs.id\n  policy = jsonencode({\n' +
      '    Statement = [{ Effect = "Allow", Principal = { Service = "sns.amazonaws.com" }, Action = "sqs:SendMessage", Resource = aws_sqs_queue.jobs.arn,\n' +
      '      Condition = { ArnEquals = { "aws:SourceArn" = aws_sns_topic.events.arn } } }]\n  })\n}\n',
  },
  check: publicPolicyCheck({ types: ['aws_sqs_queue_policy', 'aws_sqs_queue', 'aws_sns_topic_policy', 'aws_sns_topic'] }, 'public'),
});
