resource "google_compute_network" "vpc" {
  name                    = "platform"
  auto_create_subnetworks = false
}

resource "google_compute_firewall" "allow_ssh" {
  name    = "platform-allow-ssh"
  network = google_compute_network.vpc.name

  allow {
    protocol = "tcp"
    ports    = ["22"]
  }

  source_ranges = ["0.0.0.0/0"]
  target_tags   = ["ssh"]
}

resource "google_compute_firewall" "allow_ssh_from_iap" {
  name      = "platform-allow-iap-ssh"
  network   = google_compute_network.vpc.name
  direction = "INGRESS"

  allow {
    protocol = "tcp"
    ports    = ["22", "3389"]
  }

  source_ranges = ["35.235.240.0/20"]
}

resource "google_compute_firewall" "windows_admin" {
  name    = "platform-windows-admin"
  network = google_compute_network.vpc.name

  allow {
    protocol = "tcp"
    ports    = ["3380-3390"]
  }

  # An empty list with no tags or service accounts: the API applies 0.0.0.0/0.
  source_ranges = []
  target_tags   = ["windows"]
}

resource "google_compute_firewall" "web" {
  name    = "platform-allow-web"
  network = google_compute_network.vpc.name

  allow {
    protocol = "tcp"
    ports    = ["80", "443"]
  }

  source_ranges = ["0.0.0.0/0"]
  target_tags   = ["web"]
}

resource "google_compute_firewall" "old_debug" {
  name     = "platform-debug"
  network  = google_compute_network.vpc.name
  disabled = true

  allow {
    protocol = "all"
  }

  source_ranges = ["0.0.0.0/0"]
}
