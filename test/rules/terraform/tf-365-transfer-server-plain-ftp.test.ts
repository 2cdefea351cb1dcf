import rule from '../../../rules/terraform/tf-365-transfer-server-plain-ftp';
import { ruleTester } from '../../helpers/rule-tester';

const server = (protocols: string) => `resource "aws_transfer_server" "files" {\n  endpoint_type = "VPC"\n${protocols}}\n`;

ruleTester(rule, {
  good: [
    { name: 'default (SFTP)', code: server('') },
    { name: 'SFTP and FTPS', code: server('  protocols     = ["SFTP", "FTPS"]\n') },
    { name: 'not known', code: server('  protocols     = var.protocols\n') },
  ],
  bad: [
    {
      name: 'FTP beside SFTP',
      code: server('  protocols     = ["SFTP", "FTP"]\n'),
      findings: [{ messageId: 'plainFtp', line: 3, column: 28, endColumn: 33 }],
    },
    {
      name: 'from a variable default',
      code: server('  protocols     = var.protocols\n'),
      files: { 'variables.tf': 'variable "protocols" {\n  default = ["FTP"]\n}\n' },
      findings: [{ messageId: 'plainFtp', line: 3, column: 19, endColumn: 32, related: ['variables.tf:2:14'] }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_transfer_server": {"files": {"protocols": ["FTP"]}}}}\n',
      findings: [{ messageId: 'plainFtp', line: 1, column: 63, endColumn: 68 }],
    },
  ],
});
