import { asBool, defineRule } from '../api';
import { groupParameter, transportRule } from '../shared/aws-transport';
import { insertBlock, replaceValue } from '../shared/terraform-edits';
import { moduleFor, resourceInstances } from '../shared/terraform-evaluated';
import { headerAnchor, isOverrideFile } from '../shared/terraform-values';

export default defineRule({
  id: 'TF-361',
  title: 'Require SSL in Redshift parameter groups',
  ...transportRule(),
  docs: {
    rationale:
      'A Redshift cluster accepts unencrypted client connections unless its parameter group sets require_ssl to true; ' +
      'the parameter is false by default, in custom groups as in default.redshift-1.0. Queries, results and ' +
      'credentials of clients that do not ask for TLS then cross the network in clear text.',
    remediation: 'Add parameter { name = "require_ssl", value = "true" } to the parameter group (clusters apply it after a reboot).',
    links: [
      { title: 'aws_redshift_parameter_group', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/redshift_parameter_group' },
      { title: 'Configuring security options for connections', url: 'https://docs.aws.amazon.com/redshift/latest/mgmt/connecting-ssl-support.html' },
    ],
  },
  messages: {
    disabled: 'require_ssl is "{{value}}": clusters of this parameter group accept unencrypted connections.',
    missing: 'This parameter group does not set require_ssl, which is false by default: its clusters accept unencrypted connections.',
  },
  examples: {
    bad: 'resource "aws_redshift_parameter_group" "main" {\n  name   = "main"\n  family = "redshift-1.0"\n}\n',
    good:
      'resource "aws_redshift_parameter_group" "main" {\n  name   = "main"\n  family = "redshift-1.0"\n\n' +
      '  parameter {\n    name  = "require_ssl"\n    value = "true"\n  }\n}\n',
  },
  check({ file, module, report }) {
    const project = moduleFor(file, module);
    const title = 'Require SSL';
    for (const group of resourceInstances(project, file, 'aws_redshift_parameter_group')) {
      const entry = groupParameter(group, 'require_ssl');
      if (entry === 'unknown') continue;
      if (entry === 'absent') {
        if (isOverrideFile(file)) continue;
        const fix = insertBlock(file, group.block, 'parameter', [['name', 'require_ssl'], ['value', 'true']], title);
        report({ at: headerAnchor(file, group.block), messageId: 'missing', suggest: fix ? [fix] : undefined });
        continue;
      }
      const { value } = entry;
      if (!value || value.value.kind === 'unknown' || asBool(value.value) !== false) continue;
      report({
        at: value.at,
        messageId: 'disabled',
        data: { value: value.value.kind === 'string' ? value.value.value : String(asBool(value.value)) },
        value: value.value,
        suggest: value.literal ? [replaceValue(value.literal, 'true', title)] : undefined,
      });
    }
  },
});
