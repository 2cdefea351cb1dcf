import { asBool, asString, defineRule, type BlockView } from '../api';
import { serviceLogRule } from '../shared/aws-logging';
import { replaceValue } from '../shared/terraform-edits';
import { attributeOf, moduleFor, resourceInstances, type Located } from '../shared/terraform-evaluated';
import { headerAnchor, isOverrideFile } from '../shared/terraform-values';

/** Whether fine-grained access control is known to be on: audit logs need it, so only then is the domain decided. */
function fineGrained(domain: BlockView): boolean {
  if (domain.hasUnknownBlocks('advanced_security_options')) return false;
  return domain.blocks('advanced_security_options').some((options) => {
    const enabled = options.value('enabled');
    return enabled !== undefined && asBool(enabled) === true;
  });
}

/** The audit-log option of a domain: `on` (or not known), the `enabled = false` value, or nothing. */
function auditOption(domain: BlockView): 'on' | Located | undefined {
  if (domain.hasUnknownBlocks('log_publishing_options')) return 'on';
  let disabled: Located | undefined;
  for (const option of domain.blocks('log_publishing_options')) {
    const type = option.value('log_type');
    if (type === undefined) continue;
    const name = asString(type);
    if (name === undefined) return 'on';
    if (name !== 'AUDIT_LOGS') continue;
    const enabled = attributeOf(option, 'enabled');
    // enabled defaults to true.
    if (!enabled || enabled.value.kind === 'null' || asBool(enabled.value) !== false) return 'on';
    disabled ??= enabled;
  }
  return disabled;
}

export default defineRule({
  id: 'TF-113',
  title: 'Publish OpenSearch audit logs',
  ...serviceLogRule(),
  docs: {
    rationale:
      'A domain with fine-grained access control decides who may read which index, but records none of it unless a ' +
      'log_publishing_options block with log_type = "AUDIT_LOGS" sends audit logs to CloudWatch Logs: failed logins, ' +
      'permission changes and reads of sensitive indexes leave no trace. Domains without fine-grained access control ' +
      'cannot publish audit logs and are not reported.',
    remediation:
      'Add log_publishing_options { log_type = "AUDIT_LOGS", cloudwatch_log_group_arn = aws_cloudwatch_log_group.<name>.arn }, ' +
      'with a resource policy that lets OpenSearch write to the group, and enable audit logging in the security plugin.',
    links: [
      {
        title: 'aws_opensearch_domain',
        url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/opensearch_domain#log_publishing_options',
      },
      { title: 'Monitoring audit logs in Amazon OpenSearch Service', url: 'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/audit-logs.html' },
    ],
  },
  messages: {
    disabled: 'The audit-log publishing of this domain is disabled.',
    missing: 'This domain has fine-grained access control but publishes no audit logs.',
  },
  examples: {
    bad:
      'resource "aws_opensearch_domain" "search" {\n  domain_name = "search"\n\n  advanced_security_options {\n' +
      '    enabled = true\n  }\n}\n',
    good:
      'resource "aws_opensearch_domain" "search" {\n  domain_name = "search"\n\n  advanced_security_options {\n' +
      '    enabled = true\n  }\n\n  log_publishing_options {\n    log_type                 = "AUDIT_LOGS"\n' +
      '    cloudwatch_log_group_arn = aws_cloudwatch_log_group.audit.arn\n  }\n}\n',
  },
  check({ file, module, report }) {
    const project = moduleFor(file, module);
    for (const type of ['aws_opensearch_domain', 'aws_elasticsearch_domain']) {
      for (const domain of resourceInstances(project, file, type)) {
        if (!fineGrained(domain)) continue;
        const option = auditOption(domain);
        if (option === 'on') continue;
        if (option) {
          const suggest = option.literal ? [replaceValue(option.literal, true, 'Publish the audit logs')] : [];
          report({ at: option.at, messageId: 'disabled', value: option.value, suggest });
        } else if (!isOverrideFile(file)) {
          report({ at: headerAnchor(file, domain.block), messageId: 'missing' });
        }
      }
    }
  },
});
