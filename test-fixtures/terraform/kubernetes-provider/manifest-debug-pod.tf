# A debugging pod applied through kubernetes_manifest: the object is the API's, camelCase.
resource "kubernetes_manifest" "debug_pod" {
  manifest = {
    apiVersion = "v1"
    kind       = "Pod"
    metadata = {
      name      = "net-debug"
      namespace = var.namespace
    }
    spec = {
      hostNetwork = true
      containers = [
        {
          name    = "shell"
          image   = "nicolaka/netshoot"
          command = ["sleep", "infinity"]
          securityContext = {
            privileged = true
          }
        }
      ]
    }
  }
}
