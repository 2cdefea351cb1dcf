resource "aws_iam_role" "deployer" {
  name               = "ci-deployer"
  assume_role_policy = data.aws_iam_policy_document.github_trust.json
}

resource "aws_iam_policy" "deployer" {
  name        = "ci-deployer"
  description = "Everything the pipeline needs, and then some"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "Deploy"
        Effect   = "Allow"
        Action   = "*"
        Resource = "*"
      },
    ]
  })
}

resource "aws_iam_role_policy_attachment" "deployer" {
  role       = aws_iam_role.deployer.name
  policy_arn = aws_iam_policy.deployer.arn
}

resource "aws_iam_role_policy" "reports_reader" {
  name = "reports-reader"
  role = aws_iam_role.deployer.id

  policy = <<EOF
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": ["s3:GetObject", "s3:ListBucket"],
      "Resource": ["arn:aws:s3:::acme-reports", "arn:aws:s3:::acme-reports/*"]
    },
    {
      "Effect": "Allow",
      "NotAction": ["iam:*", "organizations:*"],
      "Resource": "*"
    }
  ]
}
EOF
}
