import { asString, defineRule } from '../api';
import { serviceLogRule } from '../shared/aws-logging';
import { attributeCheck, mustBeTrue, type CheckScope } from '../shared/terraform-attribute-check';

/** The broker's engine, lower-cased; undefined when not known. */
const engineOf = ({ resource }: CheckScope): string | undefined => asString(resource.value('engine_type'))?.toLowerCase();

/**
 * The log that records who did what on a broker: ActiveMQ's audit log (management actions), and
 * RabbitMQ's general log, as RabbitMQ has no audit log.
 */
const checks = (
  [
    ['activemq', 'logs.audit'],
    ['rabbitmq', 'logs.general'],
  ] as const
).map(([engine, path]) =>
  attributeCheck({
    resources: ['aws_mq_broker'],
    ...mustBeTrue(path),
    compliant: (value, scope) => (engineOf(scope) === engine ? mustBeTrue(path).compliant(value, scope) : undefined),
    absent: (scope) => {
      const found = engineOf(scope);
      return found === undefined ? 'unknown' : found === engine ? 'insecure' : 'compliant';
    },
    messages: { insecure: 'disabled', missing: 'missing' },
  }),
);

export default defineRule({
  id: 'TF-118',
  title: 'Send Amazon MQ broker audit logs to CloudWatch Logs',
  // In place, but logs are an operational choice for a message broker: hardening beyond the defaults.
  ...serviceLogRule({ severity: 'low', preset: 'strict' }),
  docs: {
    rationale:
      'An Amazon MQ broker sends no logs to CloudWatch Logs unless its logs block turns them on (both default to ' +
      'false): for ActiveMQ, the audit log records management actions through JMX and the web console; RabbitMQ has ' +
      'no audit log, and its general log is the only record of connections and errors.',
    remediation: 'Add logs { audit = true } to an ActiveMQ broker, or logs { general = true } to a RabbitMQ broker.',
    links: [
      { title: 'aws_mq_broker', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/mq_broker#logs' },
      { title: 'Logging Amazon MQ brokers', url: 'https://docs.aws.amazon.com/amazon-mq/latest/developer-guide/security-logging-monitoring.html' },
    ],
  },
  messages: {
    disabled: 'This broker log is turned off: the broker\'s actions do not reach CloudWatch Logs.',
    missing: 'This broker sends no audit log (or, for RabbitMQ, general log) to CloudWatch Logs.',
  },
  examples: {
    bad: 'resource "aws_mq_broker" "events" {\n  broker_name = "events"\n  engine_type = "ActiveMQ"\n}\n',
    good: 'resource "aws_mq_broker" "events" {\n  broker_name = "events"\n  engine_type = "ActiveMQ"\n\n  logs {\n    audit = true\n  }\n}\n',
  },
  check(context) {
    for (const check of checks) check(context);
  },
});
