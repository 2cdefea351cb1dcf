import { asString, defineRule } from '../api';
import { transportRule } from '../shared/aws-transport';
import { attributeOf, itemsOf, moduleFor, resourceInstances } from '../shared/terraform-evaluated';

export default defineRule({
  id: 'TF-365',
  title: 'Do not offer plain FTP on AWS Transfer Family servers',
  ...transportRule('high'),
  docs: {
    rationale:
      'A Transfer Family server whose protocols include "FTP" accepts logins and files in clear text: user names, ' +
      'passwords and every transferred file can be read on the network. The default is SFTP only.',
    remediation: 'Offer "SFTP" or "FTPS" (with a certificate) instead of "FTP" in protocols.',
    links: [
      { title: 'aws_transfer_server', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/transfer_server#protocols' },
      { title: 'Create a server for FTP, FTPS or SFTP', url: 'https://docs.aws.amazon.com/transfer/latest/userguide/create-server-ftp.html' },
    ],
  },
  messages: {
    plainFtp: 'This server offers plain FTP: logins and files cross the network in clear text.',
  },
  examples: {
    bad: 'resource "aws_transfer_server" "files" {\n  protocols              = ["FTP"]\n  endpoint_type          = "VPC"\n  identity_provider_type = "API_GATEWAY"\n}\n',
    good: 'resource "aws_transfer_server" "files" {\n  protocols              = ["SFTP"]\n  endpoint_type          = "VPC"\n  identity_provider_type = "API_GATEWAY"\n}\n',
  },
  check({ file, module, report }) {
    const project = moduleFor(file, module);
    for (const server of resourceInstances(project, file, 'aws_transfer_server')) {
      for (const protocol of itemsOf(attributeOf(server, 'protocols')) ?? []) {
        // No edit: FTPS needs a certificate and clients that speak it.
        if (asString(protocol.value)?.trim().toUpperCase() === 'FTP') report({ at: protocol.at, messageId: 'plainFtp', value: protocol.value });
      }
    }
  },
});
