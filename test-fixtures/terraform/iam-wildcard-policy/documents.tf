data "aws_iam_policy_document" "github_trust" {
  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]

    principals {
      type        = "Federated"
      identifiers = ["arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"]
    }

    condition {
      test     = "StringLike"
      variable = "token.actions.githubusercontent.com:sub"
      values   = ["repo:acme/payments:*"]
    }
  }
}

data "aws_iam_policy_document" "secrets" {
  statement {
    sid       = "ReadSecrets"
    actions   = ["secretsmanager:*"]
    resources = ["*"]
  }

  statement {
    sid       = "DecryptWithTheSecretsKey"
    actions   = ["kms:Decrypt"]
    resources = ["arn:aws:kms:eu-west-1:111122223333:key/2f4c1e6a-7d9b-4b8e-9c3a-5e1f0a2b7c44"]
  }
}

resource "aws_iam_role_policy" "secrets" {
  name   = "secrets"
  role   = aws_iam_role.deployer.id
  policy = data.aws_iam_policy_document.secrets.json
}
