import { defineRule } from '../api';
import { mustNotBeTrue, transportEncryption } from '../shared/azure-transport';
import { azurermDoc } from '../shared/azure-hardening';
import { attributeCheck } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-180',
  title: 'Do not accept plain HTTP on Azure Container Apps ingress',
  target: 'terraform',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['3.2'],
  frameworks: transportEncryption(),
  docs: {
    rationale:
      'With ingress.allow_insecure_connections = true a container app answers plain HTTP instead of redirecting it to ' +
      'HTTPS, so requests and their tokens and cookies can cross the network unencrypted. The default is false.',
    remediation: 'Remove allow_insecure_connections (or set it to false) so that HTTP requests are redirected to HTTPS.',
    links: [
      azurermDoc('container_app', 'allow_insecure_connections'),
      { title: 'Ingress in Azure Container Apps', url: 'https://learn.microsoft.com/azure/container-apps/ingress-overview' },
    ],
  },
  messages: {
    insecure: 'ingress.allow_insecure_connections = true serves this app over plain HTTP.',
  },
  examples: {
    bad: 'resource "azurerm_container_app" "api" {\n  name = "api"\n\n  ingress {\n    target_port                = 8080\n    allow_insecure_connections = true\n  }\n}\n',
    good: 'resource "azurerm_container_app" "api" {\n  name = "api"\n\n  ingress {\n    target_port = 8080\n  }\n}\n',
  },
  check: attributeCheck({
    resources: ['azurerm_container_app'],
    // A suggestion: clients that call the app over plain HTTP get redirected.
    ...mustNotBeTrue('ingress.allow_insecure_connections'),
    absent: 'compliant',
    messages: { insecure: 'insecure', missing: 'insecure' },
  }),
});
