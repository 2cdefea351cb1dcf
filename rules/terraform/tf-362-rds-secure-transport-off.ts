import { asString, defineRule } from '../api';
import { groupParameter, rdsParameterGroups, secureTransportOn, secureTransportParameter, transportRule } from '../shared/aws-transport';
import { replaceValue } from '../shared/terraform-edits';
import { moduleFor, resourceInstances } from '../shared/terraform-evaluated';

export default defineRule({
  id: 'TF-362',
  title: 'Do not turn off SSL enforcement in RDS and Aurora parameter groups',
  ...transportRule('high'),
  docs: {
    rationale:
      'rds.force_ssl = 0 (PostgreSQL, Aurora PostgreSQL, SQL Server) or require_secure_transport = OFF (MySQL, Aurora ' +
      'MySQL, MariaDB) lets clients connect without TLS: queries, results and passwords then cross the network in clear ' +
      'text. Setting it off in a parameter group also undoes the default of PostgreSQL 15 and later, which enforce TLS.',
    remediation: 'Set rds.force_ssl = "1" or require_secure_transport = "1" in the parameter group, once clients connect with TLS.',
    links: [
      { title: 'aws_db_parameter_group', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_parameter_group' },
      {
        title: 'Using SSL/TLS to encrypt a connection to a DB instance or cluster',
        url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.SSL.html',
      },
    ],
  },
  messages: {
    disabled: '{{name}} = "{{value}}": databases of this parameter group accept unencrypted connections.',
  },
  examples: {
    bad:
      'resource "aws_db_parameter_group" "pg" {\n  name   = "pg"\n  family = "postgres16"\n\n' +
      '  parameter {\n    name  = "rds.force_ssl"\n    value = "0"\n  }\n}\n',
    good:
      'resource "aws_db_parameter_group" "pg" {\n  name   = "pg"\n  family = "postgres16"\n\n' +
      '  parameter {\n    name  = "rds.force_ssl"\n    value = "1"\n  }\n}\n',
  },
  check({ file, module, report }) {
    const project = moduleFor(file, module);
    for (const type of rdsParameterGroups) {
      for (const group of resourceInstances(project, file, type)) {
        const family = asString(group.value('family'));
        const parameter = family === undefined ? undefined : secureTransportParameter(family);
        if (!parameter) continue;
        const entry = groupParameter(group, parameter.name);
        if (typeof entry === 'string' || !entry.value || secureTransportOn(entry.value.value) !== false) continue;
        const { value } = entry;
        report({
          at: value.at,
          messageId: 'disabled',
          data: { name: parameter.name, value: asString(value.value) ?? '' },
          value: value.value,
          // A suggestion: clients that connect without TLS are refused afterwards.
          suggest: value.literal ? [replaceValue(value.literal, '1', 'Enforce SSL')] : undefined,
        });
      }
    }
  },
});
