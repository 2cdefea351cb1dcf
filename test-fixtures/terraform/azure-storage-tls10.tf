resource "azurerm_storage_account" "legacy_reports" {
  name                     = "stlegacyreports01"
  resource_group_name      = azurerm_resource_group.reports.name
  location                 = azurerm_resource_group.reports.location
  account_tier             = "Standard"
  account_replication_type = "GRS"

  # The reporting appliance only speaks TLS 1.0 over plain HTTP.
  min_tls_version            = "TLS1_0"
  https_traffic_only_enabled = false

  blob_properties {
    versioning_enabled = true

    delete_retention_policy {
      days = 7
    }
  }
}

resource "azurerm_storage_account" "archive" {
  name                      = "starchive01"
  resource_group_name       = azurerm_resource_group.reports.name
  location                  = azurerm_resource_group.reports.location
  account_tier              = "Standard"
  account_replication_type  = "LRS"
  enable_https_traffic_only = true
  min_tls_version           = "TLS1_1"

  blob_properties {
    delete_retention_policy {}
  }
}
