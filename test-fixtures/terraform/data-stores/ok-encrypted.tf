# The same kinds of stores, encrypted, or left to defaults that encrypt.

resource "aws_db_instance" "ledger" {
  identifier        = "ledger"
  engine            = "postgres"
  instance_class    = "db.t4g.medium"
  allocated_storage = 50
  username          = "ledger"
  manage_master_user_password = true
  storage_encrypted = true
  kms_key_id        = aws_kms_key.data.arn
}

resource "aws_elasticache_replication_group" "cache" {
  replication_group_id       = "cache"
  description                = "Valkey encrypts at rest by default"
  engine                     = "valkey"
  node_type                  = "cache.t4g.small"
  transit_encryption_enabled = true
}

resource "aws_sqs_queue" "jobs" {
  name = "jobs"
}

resource "aws_kms_key" "data" {
  description         = "Data stores"
  enable_key_rotation = true
}
