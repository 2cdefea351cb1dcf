variable "reporting_encrypted" {
  description = "Encrypt the reporting cluster."
  type        = bool
  default     = false
}
