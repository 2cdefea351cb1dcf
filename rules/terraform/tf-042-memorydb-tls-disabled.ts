import { defineRule } from '../api';
import { attributeCheck, mustBeTrue } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-042',
  title: 'Keep TLS on for MemoryDB clusters',
  target: 'terraform',
  severity: 'high',
  preset: 'recommended',
  requirements: ['3.2'],
  frameworks: { iso27001: ['A.8.24', 'A.5.14'], nist80053: ['SC-8', 'SC-8(1)'] },
  docs: {
    rationale:
      'MemoryDB clusters accept only TLS connections unless tls_enabled = false: then data and the passwords of its ACL ' +
      'users cross the network in clear text. TLS can only be chosen when the cluster is created; it is on by default.',
    remediation: 'Remove tls_enabled = false (or set it to true) and replace the cluster; clients connect with TLS.',
    links: [
      { title: 'aws_memorydb_cluster', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/memorydb_cluster#tls_enabled' },
      { title: 'In-transit encryption in MemoryDB', url: 'https://docs.aws.amazon.com/memorydb/latest/devguide/in-transit-encryption.html' },
    ],
  },
  messages: {
    disabled: 'tls_enabled = false: clients talk to this MemoryDB cluster in clear text.',
    missing: 'tls_enabled is null.',
  },
  examples: {
    bad: 'resource "aws_memorydb_cluster" "cache" {\n  name        = "cache"\n  node_type   = "db.t4g.small"\n  acl_name    = "open-access"\n  tls_enabled = false\n}\n',
    good: 'resource "aws_memorydb_cluster" "cache" {\n  name      = "cache"\n  node_type = "db.t4g.small"\n  acl_name  = "app"\n}\n',
  },
  check: attributeCheck({
    resources: ['aws_memorydb_cluster'],
    ...mustBeTrue('tls_enabled', { replacesResource: true }),
    absent: 'compliant',
    messages: { insecure: 'disabled', missing: 'missing' },
  }),
});
