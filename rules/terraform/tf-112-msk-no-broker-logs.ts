import { asBool, defineRule, type BlockView } from '../api';
import { serviceLogRule } from '../shared/aws-logging';
import { replaceValue } from '../shared/terraform-edits';
import { attributeOf, moduleFor, resourceInstances, type Located } from '../shared/terraform-evaluated';
import { headerAnchor, isOverrideFile } from '../shared/terraform-values';

const destinations = ['cloudwatch_logs', 'firehose', 's3'];

/**
 * The broker-log destinations of a cluster: `on` when one is enabled (or could be), else the
 * `enabled = false` values and the block to point at when none is written.
 */
function brokerLogs(cluster: BlockView): 'on' | { off: Located[]; at?: BlockView } {
  if (cluster.hasUnknownBlocks('logging_info')) return 'on';
  const off: Located[] = [];
  let at: BlockView | undefined;
  for (const info of cluster.blocks('logging_info')) {
    if (info.hasUnknownBlocks('broker_logs')) return 'on';
    for (const logs of info.blocks('broker_logs')) {
      at ??= logs;
      for (const type of destinations) {
        if (logs.hasUnknownBlocks(type)) return 'on';
        for (const destination of logs.blocks(type)) {
          const enabled = attributeOf(destination, 'enabled');
          // `enabled` is required: a destination without it is not valid configuration, and left alone.
          if (!enabled || enabled.value.kind === 'unknown' || asBool(enabled.value) !== false) return 'on';
          off.push(enabled);
        }
      }
    }
    at ??= info;
  }
  return { off, at };
}

export default defineRule({
  id: 'TF-112',
  title: 'Deliver MSK broker logs',
  // Broker logs are Kafka server logs, most useful for operations; hardening beyond the defaults.
  ...serviceLogRule({ severity: 'low', preset: 'strict' }),
  docs: {
    rationale:
      'An MSK cluster delivers no broker logs unless logging_info { broker_logs { ... } } enables a CloudWatch Logs, ' +
      'Firehose or S3 destination: authentication and authorization failures, and client errors recorded by the ' +
      'brokers, are not kept anywhere a team can search.',
    remediation:
      'Add logging_info { broker_logs { cloudwatch_logs { enabled = true, log_group = aws_cloudwatch_log_group.<name>.name } } } ' +
      '(or a firehose or s3 destination).',
    links: [
      { title: 'aws_msk_cluster', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/msk_cluster#broker_logs' },
      { title: 'Amazon MSK logging', url: 'https://docs.aws.amazon.com/msk/latest/developerguide/msk-logging.html' },
    ],
  },
  messages: {
    disabled: 'This broker-log destination is disabled, and no other one is enabled.',
    missing: 'This cluster delivers no broker logs: no logging_info.broker_logs destination is enabled.',
  },
  examples: {
    bad: 'resource "aws_msk_cluster" "events" {\n  cluster_name  = "events"\n  kafka_version = "3.6.0"\n}\n',
    good:
      'resource "aws_msk_cluster" "events" {\n  cluster_name  = "events"\n  kafka_version = "3.6.0"\n\n  logging_info {\n' +
      '    broker_logs {\n      cloudwatch_logs {\n        enabled   = true\n        log_group = aws_cloudwatch_log_group.msk.name\n' +
      '      }\n    }\n  }\n}\n',
  },
  check({ file, module, report }) {
    const project = moduleFor(file, module);
    for (const cluster of resourceInstances(project, file, 'aws_msk_cluster')) {
      const logs = brokerLogs(cluster);
      if (logs === 'on') continue;
      for (const enabled of logs.off) {
        // In place; the destination is already named.
        const suggest = enabled.literal ? [replaceValue(enabled.literal, true, 'Enable the broker logs')] : [];
        report({ at: enabled.at, messageId: 'disabled', value: enabled.value, suggest });
      }
      // An override file patches a cluster defined elsewhere: what it leaves out may be set there.
      if (logs.off.length > 0 || isOverrideFile(file)) continue;
      report({ at: logs.at ? logs.at.block.typeRange : headerAnchor(file, cluster.block), messageId: 'missing' });
    }
  },
});
