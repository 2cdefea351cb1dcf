import { asString, defineRule } from '../api';
import { groupParameter, rdsParameterGroups, secureTransportParameter, transportRule } from '../shared/aws-transport';
import { insertBlock } from '../shared/terraform-edits';
import { moduleFor, resourceInstances } from '../shared/terraform-evaluated';
import { headerAnchor, isOverrideFile } from '../shared/terraform-values';

export default defineRule({
  id: 'TF-363',
  title: 'Enforce SSL in RDS and Aurora parameter groups of engines that do not by default',
  ...transportRule('low', 'strict'),
  docs: {
    rationale:
      'MySQL, Aurora MySQL, MariaDB, SQL Server and PostgreSQL before 15 accept unencrypted client connections unless ' +
      'the parameter group sets require_secure_transport or rds.force_ssl: a client that does not ask for TLS sends ' +
      'its queries and password in clear text. (Explicitly turning enforcement off is reported in the recommended ' +
      'preset.)',
    remediation:
      'Add parameter { name = "rds.force_ssl", value = "1" } (PostgreSQL, SQL Server) or parameter { name = ' +
      '"require_secure_transport", value = "1" } (MySQL, MariaDB) once clients connect with TLS.',
    links: [
      { title: 'aws_db_parameter_group', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_parameter_group' },
      {
        title: 'Using SSL/TLS to encrypt a connection to a DB instance or cluster',
        url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.SSL.html',
      },
    ],
  },
  messages: {
    notEnforced: 'This {{family}} parameter group does not set {{name}}, so its databases accept unencrypted connections.',
  },
  examples: {
    bad: 'resource "aws_db_parameter_group" "mysql" {\n  name   = "mysql"\n  family = "mysql8.0"\n}\n',
    good:
      'resource "aws_db_parameter_group" "mysql" {\n  name   = "mysql"\n  family = "mysql8.0"\n\n' +
      '  parameter {\n    name  = "require_secure_transport"\n    value = "1"\n  }\n}\n',
  },
  check({ file, module, report }) {
    if (isOverrideFile(file)) return;
    const project = moduleFor(file, module);
    for (const type of rdsParameterGroups) {
      for (const group of resourceInstances(project, file, type)) {
        const family = asString(group.value('family'));
        const parameter = family === undefined ? undefined : secureTransportParameter(family);
        if (parameter?.onByDefault !== false || groupParameter(group, parameter.name) !== 'absent') continue;
        const fix = insertBlock(file, group.block, 'parameter', [['name', parameter.name], ['value', '1']], 'Enforce SSL');
        report({ at: headerAnchor(file, group.block), messageId: 'notEnforced', data: { family: family ?? '', name: parameter.name }, suggest: fix ? [fix] : undefined });
      }
    }
  },
});
