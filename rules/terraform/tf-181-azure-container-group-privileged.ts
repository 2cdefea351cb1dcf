import { defineRule } from '../api';
import { allOf } from '../shared/azure-transport';
import { admissionControl, azurermDoc, isFalse } from '../shared/azure-hardening';
import { attributeCheck } from '../shared/terraform-attribute-check';

const privileged = (path: string) =>
  attributeCheck<'privileged'>({
    resources: ['azurerm_container_group'],
    path,
    compliant: isFalse,
    absent: 'compliant',
    messages: { insecure: 'privileged', missing: 'privileged' },
    // A suggestion: the provider recreates the group, and software that needs the privileges stops working.
    remedy: { value: false, title: 'Set privilege_enabled = false', kind: 'suggest', replacesResource: true },
  });

export default defineRule({
  id: 'TF-181',
  title: 'Do not run privileged containers in Azure container groups',
  target: 'terraform',
  severity: 'critical',
  preset: 'recommended',
  requirements: ['4.3'],
  frameworks: admissionControl(),
  docs: {
    rationale:
      'A container with security { privilege_enabled = true } runs with all capabilities and access to the host ' +
      'devices, so a compromise of the application is a compromise of the host sandbox. The default is false.',
    remediation: 'Remove privilege_enabled (or set it to false) from the container and init_container security blocks.',
    links: [
      azurermDoc('container_group', 'privilege_enabled'),
      { title: 'Azure Container Instances security considerations', url: 'https://learn.microsoft.com/azure/container-instances/container-instances-image-security' },
    ],
  },
  messages: {
    privileged: 'privilege_enabled = true runs this container privileged.',
  },
  examples: {
    bad: 'resource "azurerm_container_group" "app" {\n  name = "app"\n\n  container {\n    name = "app"\n\n    security {\n      privilege_enabled = true\n    }\n  }\n}\n',
    good: 'resource "azurerm_container_group" "app" {\n  name = "app"\n\n  container {\n    name = "app"\n  }\n}\n',
  },
  check: allOf(privileged('container.security.privilege_enabled'), privileged('init_container.security.privilege_enabled')),
});
