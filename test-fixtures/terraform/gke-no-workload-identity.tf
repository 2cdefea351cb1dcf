resource "google_container_cluster" "analytics" {
  name     = "analytics"
  project  = "acme-analytics-prod"
  location = "europe-west4"

  remove_default_node_pool = true
  initial_node_count       = 1

  network    = "projects/acme-net/global/networks/shared"
  subnetwork = "projects/acme-net/regions/europe-west4/subnetworks/analytics"

  release_channel {
    channel = "REGULAR"
  }
}

resource "google_container_node_pool" "analytics_default" {
  name       = "default"
  cluster    = google_container_cluster.analytics.id
  node_count = 3

  node_config {
    machine_type = "e2-standard-8"
  }
}

resource "google_container_cluster" "batch" {
  name     = "batch"
  project  = var.project_id
  location = "europe-west4"

  initial_node_count = 1

  workload_identity_config {}
}
