import { defineRule } from '../api';
import { awsDoc, publicEndpointRule, publicPolicyCheck } from '../shared/aws-network';

export default defineRule({
  id: 'TF-318',
  title: 'Do not grant access to everyone in ECR repository policies',
  ...publicEndpointRule(),
  docs: {
    rationale:
      'An ECR repository policy statement that allows Principal "*" without a condition lets every AWS account pull the ' +
      'images (with their code and any secret baked into a layer) and, with push actions, replace them. Statements limited ' +
      'by a condition such as aws:PrincipalOrgID are accepted. Policies are read on aws_ecr_repository_policy and in ' +
      'aws_iam_policy_document data sources it uses.',
    remediation: 'Name the accounts that need to pull, or add a condition on aws:PrincipalOrgID; publish public images to ECR Public instead.',
    links: [
      awsDoc('aws_ecr_repository_policy'),
      { title: 'Private repository policies in Amazon ECR', url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policies.html' },
    ],
  },
  messages: {
    public: 'This statement allows everyone ("*") without a condition on this repository.',
  },
  examples: {
    bad:
      'resource "aws_ecr_repository_policy" "app" {\n  repository = aws_ecr_repository.app.name\n  policy = jsonencode({\n' +
      '    Statement = [{ Effect = "Allow", Principal = "*", Action = ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"] }]\n  })\n}\n',
    good:
      'resource "aws_ecr_repository_policy" "app" {\n  repository = aws_ecr_repository.app.name\n  policy = jsonencode({\n' +
      '    Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::123456789012:root" }, Action = ["ecr:BatchGetImage"] }]\n  })\n}\n',
  },
  check: publicPolicyCheck({ types: ['aws_ecr_repository_policy'] }, 'public'),
});
