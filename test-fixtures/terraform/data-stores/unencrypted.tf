# An application stack whose data stores rely on provider defaults: most of them store data
# unencrypted unless told otherwise.

resource "aws_db_instance" "orders" {
  identifier        = "orders"
  engine            = "postgres"
  engine_version    = "16.4"
  instance_class    = "db.t4g.medium"
  allocated_storage = 50
  username          = "orders"
  manage_master_user_password = true
}

resource "aws_rds_cluster" "reporting" {
  cluster_identifier = "reporting"
  engine             = "aurora-mysql"
  master_username    = "reporting"
  manage_master_user_password = true
  storage_encrypted  = var.reporting_encrypted
}

resource "aws_efs_file_system" "uploads" {
  creation_token = "uploads"
}

resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id = "sessions"
  description          = "User sessions"
  node_type            = "cache.t4g.small"
  num_cache_clusters   = 2
}

resource "aws_kinesis_stream" "clicks" {
  name             = "clicks"
  retention_period = 48
  shard_count      = 2
}

resource "aws_sqs_queue" "emails" {
  name                    = "emails"
  sqs_managed_sse_enabled = false
}

resource "aws_cloudwatch_log_group" "app" {
  name              = "/orders/app"
  retention_in_days = 14
}
