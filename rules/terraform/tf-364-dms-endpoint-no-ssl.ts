import { asString, defineRule } from '../api';
import { noneOf, transportRule } from '../shared/aws-transport';
import { attributeCheck, type CheckScope, type Verdict } from '../shared/terraform-attribute-check';

/** Engines whose connection ssl_mode governs (databases); S3, DynamoDB, Kinesis and the like have none. */
const databaseEngines = new Set([
  'aurora', 'aurora-postgresql', 'aurora-serverless', 'aurora-postgresql-serverless', 'azuredb', 'azure-sql-managed-instance',
  'babelfish', 'db2', 'db2-zos', 'docdb', 'mariadb', 'mongodb', 'mysql', 'oracle', 'postgres', 'redshift', 'redshift-serverless',
  'sqlserver', 'sybase',
]);

function connectsToDatabase({ resource }: CheckScope): boolean | undefined {
  const engine = asString(resource.value('engine_name'))?.trim().toLowerCase();
  return engine === undefined ? undefined : databaseEngines.has(engine);
}

export default defineRule({
  id: 'TF-364',
  title: 'Encrypt the database connections of DMS endpoints',
  ...transportRule(),
  docs: {
    rationale:
      'A Database Migration Service endpoint with ssl_mode = "none", the default, reads or writes the whole database in ' +
      'clear text between the replication instance and the database server, credentials included.',
    remediation: 'Set ssl_mode = "verify-full" (or "require") with the server\'s CA in certificate_arn, after the database accepts TLS.',
    links: [
      { title: 'aws_dms_endpoint', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dms_endpoint#ssl_mode' },
      { title: 'Using SSL with AWS Database Migration Service', url: 'https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Security.SSL.html' },
    ],
  },
  messages: {
    none: 'ssl_mode = "none": this endpoint connects to its database without TLS.',
    missing: 'ssl_mode is not set, so this endpoint connects to its database without TLS (the default is "none").',
  },
  examples: {
    bad: 'resource "aws_dms_endpoint" "source" {\n  endpoint_id   = "source"\n  endpoint_type = "source"\n  engine_name   = "postgres"\n}\n',
    good:
      'resource "aws_dms_endpoint" "source" {\n  endpoint_id   = "source"\n  endpoint_type = "source"\n  engine_name   = "postgres"\n' +
      '  ssl_mode      = "require"\n}\n',
  },
  check: attributeCheck({
    resources: ['aws_dms_endpoint'],
    path: 'ssl_mode',
    compliant: (value, scope) => (connectsToDatabase(scope) ? noneOf(['none'])(value) : undefined),
    absent: (scope): Verdict => {
      const database = connectsToDatabase(scope);
      return database === undefined ? 'unknown' : database ? 'insecure' : 'compliant';
    },
    messages: { insecure: 'none', missing: 'missing' },
    // The database must accept TLS first, and verify-ca/verify-full need its certificate.
    remedy: { value: 'require', title: 'Require TLS', kind: 'suggest' },
  }),
});
