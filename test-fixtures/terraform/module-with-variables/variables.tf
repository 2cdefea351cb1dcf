variable "environment" {
  type    = string
  default = "staging"
}

# Opened for a vendor's jump host during an incident and never narrowed again.
variable "admin_cidr" {
  type        = string
  description = "Source range allowed to reach the bastion over SSH."
  default     = "0.0.0.0/0"
}

variable "rdp_cidrs" {
  type    = list(string)
  default = ["0.0.0.0/0"]
}

variable "ebs_encrypted" {
  type    = bool
  default = false
}
