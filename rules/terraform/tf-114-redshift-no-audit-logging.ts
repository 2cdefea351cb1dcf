import { asBool, asString, defineRule } from '../api';
import { loggingResourcesFor, passedToModule, relatedBlock, serviceLogRule } from '../shared/aws-logging';
import { replaceValue } from '../shared/terraform-edits';
import { attributeOf, moduleFor } from '../shared/terraform-evaluated';
import { headerAnchor, isOverrideFile } from '../shared/terraform-values';

export default defineRule({
  id: 'TF-114',
  title: 'Turn on Redshift audit logging',
  ...serviceLogRule(),
  docs: {
    rationale:
      'Without audit logging, Redshift keeps its connection, user and user-activity logs only in system tables for a ' +
      'few days: who connected, from where, and which queries they ran cannot be established after an incident. ' +
      'Logging is accepted as the inline logging block (provider v5 and earlier, enable = true) or an ' +
      'aws_redshift_logging resource for the cluster (v5 and later).',
    remediation:
      'Add an aws_redshift_logging resource with cluster_identifier = aws_redshift_cluster.<name>.id and ' +
      'log_destination_type = "cloudwatch" (with log_exports) or "s3" (with bucket_name).',
    links: [
      { title: 'aws_redshift_logging', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/redshift_logging' },
      { title: 'Database audit logging', url: 'https://docs.aws.amazon.com/redshift/latest/mgmt/db-auditing.html' },
    ],
  },
  messages: {
    disabled: 'The logging block of this cluster has enable = false: its connections and queries are not audited.',
    noLogging: 'No audit logging is configured for this cluster.',
    notCreated: 'The audit logging of this cluster is not created with these inputs (count or for_each is empty).',
  },
  examples: {
    bad: 'resource "aws_redshift_cluster" "dw" {\n  cluster_identifier = "dw"\n  node_type          = "ra3.xlplus"\n}\n',
    good:
      'resource "aws_redshift_cluster" "dw" {\n  cluster_identifier = "dw"\n  node_type          = "ra3.xlplus"\n}\n\n' +
      'resource "aws_redshift_logging" "dw" {\n  cluster_identifier   = aws_redshift_cluster.dw.id\n' +
      '  log_destination_type = "cloudwatch"\n  log_exports          = ["connectionlog", "userlog", "useractivitylog"]\n}\n',
  },
  check({ file, module, report }) {
    const project = moduleFor(file, module);
    for (const cluster of file.resources('aws_redshift_cluster')) {
      const views = project.instances(cluster);
      if (views.length === 0) continue;
      // The inline block (provider v5 and earlier) decides where it is written.
      if (views.some((view) => view.hasUnknownBlocks('logging'))) continue;
      const inline = views.flatMap((view) => view.blocks('logging'));
      if (inline.length > 0) {
        for (const logging of inline) {
          const enable = attributeOf(logging, 'enable');
          if (!enable || enable.value.kind === 'unknown' || asBool(enable.value) !== false) continue;
          // In place; the destination is already named.
          const suggest = enable.literal ? [replaceValue(enable.literal, true, 'Enable audit logging')] : [];
          report({ at: enable.at, messageId: 'disabled', value: enable.value, suggest });
        }
        continue;
      }
      // An override file patches a cluster defined elsewhere; its logging is decided there.
      if (isOverrideFile(file)) continue;
      const address = `aws_redshift_cluster.${cluster.labels[1]?.value}`;
      const names = views.map((view) => asString(view.value('cluster_identifier')));
      const name = names.length === 1 ? names[0] : undefined;
      const logging = loggingResourcesFor(project, { type: 'aws_redshift_logging', argument: 'cluster_identifier', target: address, name });
      if (!Array.isArray(logging) || passedToModule(project, address)) continue;
      const [absent] = logging;
      report({
        at: headerAnchor(file, cluster),
        messageId: absent ? 'notCreated' : 'noLogging',
        related: relatedBlock(project, file, absent, 'The audit logging of this cluster'),
      });
    }
  },
});
