# Data services exposed or weakened: public dataset, database flags, plain keys, open ports.

resource "google_sql_database_instance" "orders" {
  name             = "orders"
  database_version = "POSTGRES_16"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    ip_configuration {
      ipv4_enabled    = false
      private_network = "projects/acme/global/networks/platform"
      ssl_mode        = "ENCRYPTED_ONLY"
    }

    database_flags {
      name  = "log_min_messages"
      value = "PANIC"
    }
  }
}

resource "google_bigquery_dataset" "exports" {
  dataset_id = "exports"
  location   = "EU"

  access {
    role          = "READER"
    special_group = "allAuthenticatedUsers"
  }
}

resource "google_dns_managed_zone" "public" {
  name     = "acme"
  dns_name = "acme.example."

  dnssec_config {
    state = "on"

    default_key_specs {
      algorithm  = "rsasha1"
      key_length = 2048
      key_type   = "keySigning"
    }
  }
}

resource "google_compute_firewall" "redis" {
  name    = "allow-redis"
  network = "platform"

  allow {
    protocol = "tcp"
    ports    = ["6379"]
  }

  source_ranges = ["0.0.0.0/0"]

  log_config {
    metadata = "EXCLUDE_ALL_METADATA"
  }
}

resource "google_compute_disk" "scratch" {
  name = "scratch"
  zone = "europe-west1-b"

  disk_encryption_key {
    raw_key = "SGVsbG8gZnJvbSBHb29nbGUgQ2xvdWQgUGxhdGZvcm0="
  }
}

resource "google_project_iam_audit_config" "all" {
  project = "acme"
  service = "allServices"

  audit_log_config {
    log_type         = "DATA_READ"
    exempted_members = ["serviceAccount:etl@acme.iam.gserviceaccount.com"]
  }
}
