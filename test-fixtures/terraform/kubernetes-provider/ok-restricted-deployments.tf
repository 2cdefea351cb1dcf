locals {
  services = {
    api = {
      image    = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/shop/api:4.2.0@sha256:9b2f3c1f0e4a6d8b7c5e3a1f2d4c6b8a0e9f7d5c3b1a2e4f6d8c0b9a7e5f3d1c"
      replicas = 3
    }
    worker = {
      image    = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/shop/worker:4.2.0@sha256:1c3e5f7a9b0d2f4e6c8a0b1d3f5e7c9a2b4d6f8e0c1a3b5d7f9e2c4a6b8d0f1e"
      replicas = 2
    }
  }
}

resource "kubernetes_deployment_v1" "service" {
  for_each = local.services

  metadata {
    name      = each.key
    namespace = "shop"
  }

  spec {
    replicas = each.value.replicas

    selector {
      match_labels = {
        app = each.key
      }
    }

    template {
      metadata {
        labels = {
          app = each.key
        }
      }

      spec {
        automount_service_account_token = false

        security_context {
          run_as_non_root = true
          run_as_user     = "10001"
          fs_group        = "10001"
          seccomp_profile {
            type = "RuntimeDefault"
          }
        }

        container {
          name  = each.key
          image = each.value.image

          security_context {
            allow_privilege_escalation = false
            privileged                 = false
            read_only_root_filesystem  = true
            capabilities {
              drop = ["ALL"]
            }
          }

          volume_mount {
            name       = "tmp"
            mount_path = "/tmp"
          }
        }

        volume {
          name = "tmp"
          empty_dir {
            medium     = "Memory"
            size_limit = "64Mi"
          }
        }
      }
    }
  }
}
