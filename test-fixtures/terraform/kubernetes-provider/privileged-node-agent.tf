resource "kubernetes_daemon_set_v1" "node_agent" {
  metadata {
    name      = "node-agent"
    namespace = var.namespace
    labels = {
      app = "node-agent"
    }
  }

  spec {
    selector {
      match_labels = {
        app = "node-agent"
      }
    }

    template {
      metadata {
        labels = {
          app = "node-agent"
        }
      }

      spec {
        host_network = true
        host_pid     = true

        container {
          name  = "agent"
          image = "registry.example.com/observability/node-agent:${var.exporter_tag}"

          security_context {
            privileged                = var.agent_privileged
            read_only_root_filesystem = true
            run_as_user               = "0"
          }

          volume_mount {
            name       = "docker-socket"
            mount_path = "/var/run/docker.sock"
            read_only  = true
          }
        }

        volume {
          name = "docker-socket"
          host_path {
            path = "/var/run/docker.sock"
            type = "Socket"
          }
        }

        volume {
          name = "agent-state"
          host_path {
            path = "/var/lib/node-agent"
            type = "DirectoryOrCreate"
          }
        }
      }
    }
  }
}
