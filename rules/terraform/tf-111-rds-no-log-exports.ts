import { asList, asString, defineRule, type TfEvalValue } from '../api';
import { serviceLogRule } from '../shared/aws-logging';
import { attributeCheck, type CheckScope } from '../shared/terraform-attribute-check';

/**
 * Whether the database must choose its own log exports: an Aurora instance exports through its
 * cluster, and RDS Custom has no CloudWatch Logs export; unknown without a known engine (a
 * replica or a restored snapshot takes the engine of its source).
 */
function exportsOwnLogs({ resource }: CheckScope): boolean | undefined {
  const engine = resource.value('engine');
  if (engine === undefined) return resource.block.labels[0]?.value === 'aws_rds_cluster' ? true : undefined;
  const name = asString(engine)?.trim().toLowerCase();
  if (name === undefined) return undefined;
  if (resource.block.labels[0]?.value === 'aws_db_instance' && name.startsWith('aurora')) return false;
  return !name.startsWith('custom-');
}

/** Whether a known list names at least one log type; undefined when it is not known. */
function exportsSomething(value: TfEvalValue): boolean | undefined {
  const items = asList(value);
  return items && items.length > 0;
}

export default defineRule({
  id: 'TF-111',
  title: 'Export RDS database logs to CloudWatch Logs',
  // Which logs matter (audit, error, general, slow query, postgresql) depends on the engine and its parameters.
  ...serviceLogRule({ severity: 'low', preset: 'strict' }),
  docs: {
    rationale:
      'Without enabled_cloudwatch_logs_exports (empty by default), an RDS instance or Aurora cluster keeps its ' +
      'database logs on the instance for a few days at most, outside the central log store: failed logins, audit ' +
      'records and errors are gone before anyone looks, and are lost with the instance.',
    remediation:
      'Set enabled_cloudwatch_logs_exports to the logs of the engine, e.g. ["postgresql"] for PostgreSQL or ' +
      '["audit", "error", "general", "slowquery"] for MySQL and MariaDB (with the audit plugin).',
    links: [
      {
        title: 'aws_db_instance',
        url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#enabled_cloudwatch_logs_exports',
      },
      {
        title: 'aws_rds_cluster',
        url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/rds_cluster#enabled_cloudwatch_logs_exports',
      },
      {
        title: 'Publishing database logs to Amazon CloudWatch Logs',
        url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_LogAccess.Procedural.UploadtoCloudWatch.html',
      },
    ],
  },
  messages: {
    empty: 'enabled_cloudwatch_logs_exports is empty: no database log is sent to CloudWatch Logs.',
    missing: 'This database exports no logs to CloudWatch Logs (enabled_cloudwatch_logs_exports is not set).',
  },
  examples: {
    bad: 'resource "aws_db_instance" "main" {\n  engine         = "postgres"\n  instance_class = "db.t4g.micro"\n}\n',
    good:
      'resource "aws_db_instance" "main" {\n  engine         = "postgres"\n  instance_class = "db.t4g.micro"\n\n' +
      '  enabled_cloudwatch_logs_exports = ["postgresql"]\n}\n',
  },
  check: attributeCheck({
    resources: ['aws_db_instance', 'aws_rds_cluster'],
    path: 'enabled_cloudwatch_logs_exports',
    compliant: (value, scope) => (exportsOwnLogs(scope) === true ? exportsSomething(value) : undefined),
    absent: (scope) => {
      const own = exportsOwnLogs(scope);
      return own === undefined ? 'unknown' : own ? 'insecure' : 'compliant';
    },
    messages: { insecure: 'empty', missing: 'missing' },
    // No edit: the log types depend on the engine and, for audit logs, on its parameter group.
  }),
});
