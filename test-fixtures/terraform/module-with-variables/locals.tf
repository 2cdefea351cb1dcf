locals {
  name_prefix = "payments-${var.environment}"

  web_ingress = [
    { port = 443, cidr = "0.0.0.0/0" },
    { port = 22, cidr = "0.0.0.0/0" },
  ]
}
