variable "namespace" {
  description = "Namespace of the monitoring workloads."
  type        = string
  default     = "monitoring"
}

variable "agent_privileged" {
  description = "The node agent reads kernel counters through /dev/kmsg."
  type        = bool
  default     = true
}

variable "exporter_tag" {
  description = "Release of the metrics exporter."
  type        = string
  default     = "v1.8.2"
}
