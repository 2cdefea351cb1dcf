environment = "production"
rdp_cidrs   = ["10.40.0.0/16"]
