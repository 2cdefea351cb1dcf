resource "kubernetes_cron_job_v1" "backup" {
  metadata {
    name      = "etcd-backup"
    namespace = var.namespace
  }

  spec {
    schedule                      = "0 2 * * *"
    concurrency_policy            = "Forbid"
    successful_jobs_history_limit = 3

    job_template {
      metadata {}

      spec {
        backoff_limit = 2

        template {
          metadata {}

          spec {
            restart_policy = "OnFailure"

            security_context {
              run_as_user = "0"
              fs_group    = "0"
            }

            init_container {
              name    = "wait-for-snapshot"
              image   = "busybox:latest"
              command = ["sh", "-c", "until [ -f /backup/ready ]; do sleep 5; done"]
            }

            container {
              name    = "backup"
              image   = "registry.example.com/platform/etcd-backup"
              command = ["/usr/local/bin/backup", "--target", "s3://backups/etcd"]
            }
          }
        }
      }
    }
  }
}
