import rule from '../../../rules/terraform/tf-317-sqs-sns-policy-public';
import { ruleTester } from '../../helpers/rule-tester';

const queuePolicy = (statement: string) => `resource "aws_sqs_queue_policy" "jobs" {\n  queue_url = aws_sqs_queue.jobs.id\n  policy = jsonencode({\n    Statement = [{ ${statement} }]\n  })\n}\n`;
const send = 'Action = "sqs:SendMessage", Resource = "*"';

ruleTester(rule, {
  good: [
    { name: 'a service with a source condition', code: queuePolicy(`Effect = "Allow", Principal = { Service = "sns.amazonaws.com" }, ${send}, Condition = { ArnEquals = { "aws:SourceArn" = "arn:aws:sns:eu-west-1:123456789012:events" } }`) },
    { name: 'everyone with an organisation condition', code: queuePolicy(`Effect = "Allow", Principal = "*", ${send}, Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-123" } }`) },
    { name: 'everyone denied', code: queuePolicy(`Effect = "Deny", Principal = "*", ${send}`) },
    { name: 'policy from a variable without a value', code: 'resource "aws_sns_topic_policy" "events" {\n  arn    = aws_sns_topic.events.arn\n  policy = var.policy\n}\n', files: { 'variables.tf': 'variable "policy" {}\n' } },
  ],
  bad: [
    { name: 'queue policy open to everyone', code: queuePolicy(`Effect = "Allow", Principal = "*", ${send}`), findings: [{ messageId: 'public', line: 4, column: 50, endColumn: 53 }] },
    {
      name: 'inline topic policy with AWS "*"',
      code: 'resource "aws_sns_topic" "events" {\n  name   = "events"\n  policy = jsonencode({ Statement = [{ Effect = "Allow", Principal = { AWS = "*" }, Action = "sns:Publish", Resource = "*" }] })\n}\n',
      findings: [{ messageId: 'public', line: 3, column: 78, endColumn: 81 }],
    },
    {
      name: 'inline queue policy as a JSON string',
      code: 'resource "aws_sqs_queue" "jobs" {\n  name   = "jobs"\n  policy = "{\\"Statement\\": [{\\"Effect\\": \\"Allow\\", \\"Principal\\": \\"*\\", \\"Action\\": \\"sqs:*\\", \\"Resource\\": \\"*\\"}]}"\n}\n',
      findings: [{ messageId: 'public', line: 3 }],
    },
    {
      name: 'topic policy from a data source in the same file',
      code:
        'data "aws_iam_policy_document" "events" {\n  statement {\n    actions   = ["sns:Subscribe"]\n    resources = ["*"]\n\n    principals {\n      type        = "*"\n      identifiers = ["*"]\n    }\n  }\n}\n\n' +
        'resource "aws_sns_topic_policy" "events" {\n  arn    = aws_sns_topic.events.arn\n  policy = data.aws_iam_policy_document.events.json\n}\n',
      findings: [{ messageId: 'public', line: 8, column: 22, endColumn: 25, related: [':13:1'] }],
    },
  ],
});
