import { defineRule } from '../api';
import { encryptionRule } from '../shared/aws-data';
import { attributeCheck, mustBeTrue } from '../shared/terraform-attribute-check';

const volumeCheck = (volume: 'root' | 'user') =>
  attributeCheck({
    resources: ['aws_workspaces_workspace'],
    ...mustBeTrue(`${volume}_volume_encryption_enabled`, { replacesResource: true }),
    absent: 'insecure',
    messages: { insecure: `${volume}Disabled`, missing: `${volume}Missing` },
  });
const root = volumeCheck('root');
const user = volumeCheck('user');

export default defineRule({
  id: 'TF-040',
  title: 'Encrypt WorkSpaces root and user volumes',
  ...encryptionRule(),
  docs: {
    rationale:
      'A WorkSpace keeps the operating system on its root volume and the user\'s profile and files on its user volume; ' +
      'both are unencrypted unless root_volume_encryption_enabled and user_volume_encryption_enabled are true, and ' +
      'encryption can only be chosen when the WorkSpace is created.',
    remediation:
      'Set root_volume_encryption_enabled = true and user_volume_encryption_enabled = true (with volume_encryption_key for ' +
      'a customer-managed key) and rebuild the WorkSpace.',
    links: [
      { title: 'aws_workspaces_workspace', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/workspaces_workspace#root_volume_encryption_enabled' },
      { title: 'Encrypted WorkSpaces', url: 'https://docs.aws.amazon.com/workspaces/latest/adminguide/encrypt-workspaces.html' },
    ],
  },
  messages: {
    rootDisabled: 'root_volume_encryption_enabled = false: the WorkSpace root volume is stored unencrypted.',
    rootMissing: 'This WorkSpace does not encrypt its root volume (root_volume_encryption_enabled is off by default).',
    userDisabled: 'user_volume_encryption_enabled = false: the user volume, with the user\'s files, is stored unencrypted.',
    userMissing: 'This WorkSpace does not encrypt its user volume (user_volume_encryption_enabled is off by default).',
  },
  examples: {
    bad: 'resource "aws_workspaces_workspace" "dev" {\n  directory_id = aws_workspaces_directory.main.id\n  bundle_id    = "wsb-1"\n  user_name    = "dev"\n}\n',
    good:
      'resource "aws_workspaces_workspace" "dev" {\n  directory_id                   = aws_workspaces_directory.main.id\n  bundle_id                      = "wsb-1"\n' +
      '  user_name                      = "dev"\n  root_volume_encryption_enabled = true\n  user_volume_encryption_enabled = true\n  volume_encryption_key          = "alias/aws/workspaces"\n}\n',
  },
  check(context) {
    root(context);
    user(context);
  },
});
