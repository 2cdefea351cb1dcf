import { defineRule } from '../api';
import { awsDoc, publicEndpointRule, publicPolicyCheck } from '../shared/aws-network';

export default defineRule({
  id: 'TF-333',
  title: 'Do not grant access to everyone in EFS file system policies',
  ...publicEndpointRule(),
  docs: {
    rationale:
      'A file system policy statement that allows Principal "*" without a condition lets any principal that reaches a ' +
      'mount target mount, read and (with ClientWrite) write the file system; access is then decided by the network ' +
      'alone. Conditions such as aws:PrincipalArn, elasticfilesystem:AccessPointArn or aws:SecureTransport restrict it and ' +
      'are accepted. Policies are read on aws_efs_file_system_policy and in aws_iam_policy_document data sources it uses.',
    remediation: 'Name the roles that mount the file system, or add a condition on elasticfilesystem:AccessPointArn or aws:PrincipalArn.',
    links: [
      awsDoc('aws_efs_file_system_policy'),
      { title: 'Using IAM to control file system data access', url: 'https://docs.aws.amazon.com/efs/latest/ug/iam-access-control-nfs-efs.html' },
    ],
  },
  messages: {
    public: 'This statement allows everyone ("*") without a condition on this file system.',
  },
  examples: {
    bad:
      'resource "aws_efs_file_system_policy" "shared" {\n  file_system_id = aws_efs_file_system.shared.id\n  policy = jsonencode({\n' +
      '    Statement = [{ Effect = "Allow", Principal = { AWS = "*" }, Action = ["elasticfilesystem:ClientMount", "elasticfilesystem:ClientWrite"], Resource = "*" }]\n  })\n}\n',
    good:
      'resource "aws_efs_file_system_policy" "shared" {\n  file_system_id = aws_efs_file_system.shared.id\n  policy = jsonencode({\n' +
      '    Statement = [{ Effect = "Allow", Principal = { AWS = aws_iam_role.app.arn }, Action = ["elasticfilesystem:ClientMount"], Resource = "*" }]\n  })\n}\n',
  },
  check: publicPolicyCheck({ types: ['aws_efs_file_system_policy'] }, 'public'),
});
