import { asList, asString, defineRule, type TfEvalValue } from '../api';
import { serviceLogRule } from '../shared/aws-logging';
import { attributeCheck } from '../shared/terraform-attribute-check';

/** Whether a known list exports the audit log; undefined when an element is not known. */
function exportsAudit(value: TfEvalValue): boolean | undefined {
  const items = asList(value);
  if (!items) return undefined;
  const names = items.map(asString);
  if (names.includes('audit')) return true;
  return names.some((name) => name === undefined) ? undefined : false;
}

/** The argument is spelled differently on the two resources. */
const checks = (
  [
    ['aws_docdb_cluster', 'enabled_cloudwatch_logs_exports'],
    ['aws_neptune_cluster', 'enable_cloudwatch_logs_exports'],
  ] as const
).map(([type, path]) =>
  attributeCheck({ resources: [type], path, compliant: exportsAudit, absent: 'insecure', messages: { insecure: 'noAudit', missing: 'missing' } }),
);

export default defineRule({
  id: 'TF-117',
  title: 'Export DocumentDB and Neptune audit logs to CloudWatch Logs',
  // The audit log also needs a cluster parameter (audit_logs, neptune_enable_audit_log) that may be set elsewhere.
  ...serviceLogRule({ severity: 'low', preset: 'strict' }),
  docs: {
    rationale:
      'Without "audit" in enabled_cloudwatch_logs_exports (empty by default), a DocumentDB or Neptune cluster keeps ' +
      'no record of authentication attempts, schema changes and queries outside the cluster, where it could be ' +
      'searched and kept.',
    remediation:
      'Add "audit" to enabled_cloudwatch_logs_exports, and turn auditing on in the cluster parameter group ' +
      '(audit_logs for DocumentDB, neptune_enable_audit_log for Neptune).',
    links: [
      {
        title: 'aws_docdb_cluster',
        url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/docdb_cluster#enabled_cloudwatch_logs_exports',
      },
      {
        title: 'aws_neptune_cluster',
        url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/neptune_cluster#enable_cloudwatch_logs_exports',
      },
      { title: 'Auditing Amazon DocumentDB events', url: 'https://docs.aws.amazon.com/documentdb/latest/developerguide/event-auditing.html' },
    ],
  },
  messages: {
    noAudit: 'The log exports of this cluster do not include "audit".',
    missing: 'This cluster exports no audit log to CloudWatch Logs.',
  },
  examples: {
    bad: 'resource "aws_docdb_cluster" "docs" {\n  cluster_identifier = "docs"\n}\n',
    good: 'resource "aws_docdb_cluster" "docs" {\n  cluster_identifier              = "docs"\n  enabled_cloudwatch_logs_exports = ["audit"]\n}\n',
  },
  check(context) {
    for (const check of checks) check(context);
  },
});
