# Management access through SSM and IAP only; encrypted storage; modern TLS.

resource "aws_security_group" "app" {
  name   = "app"
  vpc_id = aws_vpc.main.id

  ingress {
    description     = "HTTP from the load balancer"
    from_port       = 8080
    to_port         = 8080
    protocol        = "tcp"
    security_groups = [aws_security_group.alb.id]
  }

  ingress {
    description = "SSH from the VPN range"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["10.100.0.0/16"]
  }

  dynamic "ingress" {
    for_each = var.extra_ingress
    content {
      from_port   = ingress.value.port
      to_port     = ingress.value.port
      protocol    = "tcp"
      cidr_blocks = ingress.value.cidrs
    }
  }

  egress {
    description = "HTTPS to AWS APIs and package mirrors"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 100
  encrypted         = true
  kms_key_id        = aws_kms_key.ebs.arn
}

resource "aws_instance" "app" {
  ami           = data.aws_ami.al2023.id
  instance_type = "t3.small"

  root_block_device {
    encrypted = true
  }
}

resource "azurerm_network_security_rule" "ssh_from_bastion" {
  name                        = "allow-ssh-bastion"
  priority                    = 100
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "22"
  source_address_prefix       = "10.0.250.0/26"
  destination_address_prefix  = "VirtualNetwork"
  resource_group_name         = "rg-app"
  network_security_group_name = "nsg-app"
}

resource "azurerm_storage_account" "app" {
  name                              = "stappdata01"
  resource_group_name               = "rg-app"
  location                          = "westeurope"
  account_tier                      = "Standard"
  account_replication_type          = "ZRS"
  min_tls_version                   = "TLS1_2"
  allow_nested_items_to_be_public   = false
  shared_access_key_enabled         = false
  infrastructure_encryption_enabled = true

  network_rules {
    default_action             = "Deny"
    virtual_network_subnet_ids = ["/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-app/providers/Microsoft.Network/virtualNetworks/vnet-app/subnets/app"]
  }

  blob_properties {
    delete_retention_policy {
      days = 14
    }
  }
}

resource "google_compute_firewall" "iap_ssh" {
  name    = "allow-iap-ssh"
  network = "default"

  allow {
    protocol = "tcp"
    ports    = ["22"]
  }

  source_ranges = ["35.235.240.0/20"]

  log_config {
    metadata = "EXCLUDE_ALL_METADATA"
  }
}

resource "google_container_cluster" "app" {
  name     = "app"
  project  = "acme-app-prod"
  location = "europe-west1"

  initial_node_count = 1

  node_config {
    service_account   = "app-nodes@acme-app-prod.iam.gserviceaccount.com"
    boot_disk_kms_key = "projects/acme-app-prod/locations/europe-west1/keyRings/gke/cryptoKeys/nodes"

    shielded_instance_config {
      enable_secure_boot = true
    }
  }

  datapath_provider = "ADVANCED_DATAPATH"

  private_cluster_config {
    enable_private_nodes = true
  }

  master_authorized_networks_config {
    cidr_blocks {
      cidr_block   = "10.100.0.0/16"
      display_name = "vpn"
    }
  }

  binary_authorization {
    evaluation_mode = "PROJECT_SINGLETON_POLICY_ENFORCE"
  }

  database_encryption {
    state    = "ENCRYPTED"
    key_name = "projects/acme-app-prod/locations/europe-west1/keyRings/gke/cryptoKeys/secrets"
  }

  workload_identity_config {
    workload_pool = "acme-app-prod.svc.id.goog"
  }
}

resource "google_container_cluster" "autopilot" {
  name             = "autopilot"
  location         = "europe-west1"
  enable_autopilot = true

  private_cluster_config {
    enable_private_nodes = true
  }

  master_authorized_networks_config {
    cidr_blocks {
      cidr_block   = "10.100.0.0/16"
      display_name = "vpn"
    }
  }

  binary_authorization {
    evaluation_mode = "PROJECT_SINGLETON_POLICY_ENFORCE"
  }

  database_encryption {
    state    = "ENCRYPTED"
    key_name = "projects/acme-app-prod/locations/europe-west1/keyRings/gke/cryptoKeys/secrets"
  }
}
