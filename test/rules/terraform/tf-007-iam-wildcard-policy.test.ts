import rule from '../../../rules/terraform/tf-007-iam-wildcard-policy';
import { ruleTester } from '../../helpers/rule-tester';

const policy = (type: string, value: string) => `resource "${type}" "app" {\n  name   = "app"\n  policy = ${value}\n}\n`;
const encoded = (statement: string) => `jsonencode({\n    Version   = "2012-10-17"\n    Statement = ${statement}\n  })`;
const heredoc = (statement: string) => `<<EOF\n{\n  "Version": "2012-10-17",\n  "Statement": ${statement}\n}\nEOF`;
const document = (statements: string) => `data "aws_iam_policy_document" "app" {\n${statements}}\n`;

ruleTester(rule, {
  good: [
    { name: 'scoped actions and resources', code: policy('aws_iam_policy', encoded('[{ Effect = "Allow", Action = ["s3:GetObject"], Resource = "arn:aws:s3:::reports/*" }]')) },
    { name: 'every action denied', code: policy('aws_iam_policy', encoded('[{ Effect = "Deny", Action = "*", Resource = "*" }]')) },
    { name: 'every action on one bucket', code: policy('aws_iam_policy', encoded('[{ Effect = "Allow", Action = "*", Resource = "arn:aws:s3:::reports" }]')) },
    { name: 'service wildcard on one bucket', code: policy('aws_iam_policy', encoded('[{ Effect = "Allow", Action = "s3:*", Resource = ["arn:aws:s3:::b", "arn:aws:s3:::b/*"] }]')) },
    { name: 'read-only prefix wildcard on every resource', code: policy('aws_iam_policy', encoded('[{ Effect = "Allow", Action = ["ec2:Describe*"], Resource = "*" }]')) },
    { name: 'resource not known before apply', code: policy('aws_iam_policy', encoded('[{ Effect = "Allow", Action = "*", Resource = aws_s3_bucket.b.arn }]')) },
    { name: 'effect from a variable without a default', code: policy('aws_iam_policy', encoded('[{ Effect = var.effect, Action = "*", Resource = "*" }]')), files: { 'variables.tf': 'variable "effect" {}\n' } },
    { name: 'policy from a data source is checked there', code: policy('aws_iam_policy', 'data.aws_iam_policy_document.app.json') },
    { name: 'policy from a file outside the module', code: policy('aws_iam_policy', 'file("${path.module}/../shared/admin.json")') },
    {
      name: 'key policy data source used by a KMS key',
      code:
        document('  statement {\n    actions   = ["kms:*"]\n    resources = ["*"]\n    principals {\n      type        = "AWS"\n      identifiers = ["arn:aws:iam::111122223333:root"]\n    }\n  }\n') +
        'resource "aws_kms_key" "k" {\n  policy = data.aws_iam_policy_document.app.json\n}\n',
    },
    {
      name: 'data source used only by a service control policy',
      code: document('  statement {\n    actions   = ["*"]\n    resources = ["*"]\n  }\n'),
      files: { 'org.tf': 'resource "aws_organizations_policy" "full" {\n  name    = "full"\n  content = data.aws_iam_policy_document.app.json\n}\n' },
    },
    { name: 'trust policy with a principal', code: policy('aws_iam_role_policy', heredoc('[{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "*", "Resource": "*"}]')) },
    {
      name: 'variable default overridden with a scoped action in terraform.tfvars',
      code: policy('aws_iam_policy', encoded('[{ Effect = "Allow", Action = var.actions, Resource = "*" }]')),
      files: { 'variables.tf': 'variable "actions" {\n  default = ["*"]\n}\n', 'terraform.tfvars': 'actions = ["ec2:DescribeInstances"]\n' },
    },
    { name: 'policy without statements', code: policy('aws_iam_policy', encoded('[]')) },
  ],
  bad: [
    {
      name: 'jsonencode: "*" on "*"',
      code: policy('aws_iam_policy', encoded('[{ Effect = "Allow", Action = "*", Resource = "*" }]')),
      findings: [{ messageId: 'fullAccess', line: 5, column: 47, endColumn: 50, severity: 'critical' }],
    },
    {
      name: 'single statement object with the wildcard in a list',
      code: policy('aws_iam_user_policy', encoded('{\n      Effect   = "Allow"\n      Action   = ["s3:GetObject", "*"]\n      Resource = ["*"]\n    }')),
      findings: [{ messageId: 'fullAccess', line: 7, column: 35, endColumn: 38 }],
    },
    {
      name: 'heredoc JSON: reported at the token',
      code: policy('aws_iam_role_policy', heredoc('[\n    {"Effect": "Allow", "Action": "*", "Resource": "*"}\n  ]')),
      trailingSpaceVariant: false,
      findings: [{ messageId: 'fullAccess', line: 7, column: 35, endColumn: 38 }],
    },
    {
      name: 'NotAction with Allow: reported at the effect',
      code: policy('aws_iam_group_policy', encoded('[{ Effect = "Allow", NotAction = ["iam:*"], Resource = "*" }]')),
      findings: [{ messageId: 'notAction', line: 5, column: 29, endColumn: 36 }],
    },
    {
      name: 'service wildcard on every resource: high',
      code: policy('aws_iam_policy', encoded('[{ Effect = "Allow", Action = ["secretsmanager:*", "kms:*", "s3:GetObject"], Resource = "*" }]')),
      findings: [
        { messageId: 'serviceWildcard', line: 5, column: 48, endColumn: 66, severity: 'high' },
        { messageId: 'serviceWildcard', line: 5, column: 68, endColumn: 75, severity: 'high' },
      ],
    },
    {
      name: 'inline policy of a role',
      code:
        'resource "aws_iam_role" "app" {\n  name               = "app"\n  assume_role_policy = data.aws_iam_policy_document.trust.json\n\n' +
        '  inline_policy {\n    name   = "all"\n    policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }] })\n  }\n}\n',
      findings: [{ messageId: 'fullAccess', line: 7, column: 69, endColumn: 72 }],
    },
    {
      name: 'policy document data source, effect left to its default',
      code: document('  statement {\n    actions   = ["*"]\n    resources = ["*"]\n  }\n'),
      findings: [{ messageId: 'fullAccess', line: 3, column: 18, endColumn: 21 }],
    },
    {
      name: 'data source used by an IAM policy in another file',
      code: document('  statement {\n    effect      = "Allow"\n    not_actions = ["iam:*"]\n    resources   = ["*"]\n  }\n'),
      files: { 'iam.tf': policy('aws_iam_policy', 'data.aws_iam_policy_document.app.json') },
      findings: [{ messageId: 'notAction', line: 3, column: 19, endColumn: 26 }],
    },
    {
      name: 'dynamic statements from a local list',
      code: document('  dynamic "statement" {\n    for_each = local.grants\n    content {\n      actions   = statement.value\n      resources = ["*"]\n    }\n  }\n'),
      files: { 'locals.tf': 'locals {\n  grants = [["s3:GetObject"], ["*"]]\n}\n' },
      findings: [{ messageId: 'fullAccess', line: 5, column: 19, endColumn: 34, related: ['locals.tf:2:32'] }],
    },
    {
      name: 'actions from a variable default in variables.tf',
      code: policy('aws_iam_policy', encoded('[{ Effect = "Allow", Action = var.actions, Resource = "*" }]')),
      files: { 'variables.tf': 'variable "actions" {\n  default = ["ssm:*"]\n}\n' },
      findings: [{ messageId: 'serviceWildcard', line: 5, column: 47, endColumn: 58, related: ['variables.tf:2:14'] }],
    },
    {
      name: 'whole policy from a variable default: reported at the reference',
      code: policy('aws_iam_policy', 'var.policy'),
      files: { 'variables.tf': 'variable "policy" {\n  default = <<EOF\n{"Statement": {"Effect": "Allow", "Action": "*", "Resource": "*"}}\nEOF\n}\n' },
      trailingSpaceVariant: false,
      findings: [{ messageId: 'fullAccess', line: 3, column: 12, endColumn: 22, related: ['variables.tf:2:13'] }],
    },
    {
      name: 'for_each over a known map of policies: the admin one',
      code:
        'resource "aws_iam_policy" "app" {\n  for_each = { read = "s3:GetObject", admin = "*" }\n  name     = each.key\n' +
        '  policy   = jsonencode({ Statement = [{ Effect = "Allow", Action = each.value, Resource = "*" }] })\n}\n',
      findings: [{ messageId: 'fullAccess', line: 4, column: 69, endColumn: 79, related: [':2:47'] }],
    },
    {
      name: 'JSON syntax with a JSON string',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "aws_iam_policy": {\n      "app": {\n        "policy": "{\\"Statement\\": [{\\"Effect\\": \\"Allow\\", \\"Action\\": \\"*\\", \\"Resource\\": \\"*\\"}]}"\n      }\n    }\n  }\n}\n',
      findings: [{ messageId: 'fullAccess', line: 5, column: 73, endColumn: 78 }],
    },
  ],
});
