import rule from '../../../rules/terraform/tf-453-azure-cdn-weak-tls';
import { ruleTester } from '../../helpers/rule-tester';

const domain = (tls: string) => `resource "azurerm_cdn_frontdoor_custom_domain" "www" {\n  host_name = "www.example.com"\n\n  tls {\n${tls}  }\n}\n`;
const endpoint = (version: string) =>
  `resource "azurerm_cdn_endpoint_custom_domain" "www" {\n  host_name = "www.example.com"\n\n  cdn_managed_https {\n    certificate_type = "Dedicated"\n    protocol_type    = "ServerNameIndication"\n    tls_version      = ${version}\n  }\n}\n`;

ruleTester(rule, {
  good: [
    { name: 'TLS 1.2', code: domain('    minimum_tls_version = "TLS12"\n') },
    { name: 'default', code: domain('    certificate_type = "ManagedCertificate"\n') },
    { name: 'azurerm 5.0 name, TLS 1.2', code: domain('    minimum_version = "TLS12"\n') },
    { name: 'CDN endpoint, TLS 1.2', code: endpoint('"TLS12"') },
    { name: 'from a variable without a value', code: endpoint('var.tls'), files: { 'variables.tf': 'variable "tls" {}\n' } },
  ],
  bad: [
    {
      name: 'Front Door TLS 1.0',
      code: domain('    minimum_tls_version = "TLS10"\n'),
      findings: [{ messageId: 'weakTls', line: 5, column: 27, endColumn: 34, suggestions: [{ title: 'Require TLS 1.2', output: domain('    minimum_tls_version = "TLS12"\n') }] }],
    },
    { name: 'CDN endpoint without a minimum', code: endpoint('"None"'), findings: [{ messageId: 'weakTls', line: 7, column: 24, endColumn: 30, suggestions: [{ output: endpoint('"TLS12"') }] }] },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{"resource": {"azurerm_cdn_frontdoor_custom_domain": {"www": {"tls": {"minimum_tls_version": "TLS10"}}}}}\n',
      findings: [{ messageId: 'weakTls', line: 1, column: 94, endColumn: 101 }],
    },
  ],
});
