import rule from '../../../rules/terraform/tf-253-gcp-project-ssh-keys-allowed';
import { ruleTester } from '../../helpers/rule-tester';

const vm = (body: string, type = 'google_compute_instance') => `resource "${type}" "vm" {\n  name = "vm"\n${body}}\n`;
const metadata = (entries: string) => `  metadata = {\n${entries}  }\n`;

ruleTester(rule, {
  good: [
    { name: 'blocked', code: vm(metadata('    block-project-ssh-keys = "TRUE"\n')) },
    { name: 'blocked with a boolean', code: vm(metadata('    block-project-ssh-keys = true\n')) },
    { name: 'OS Login on the VM', code: vm(metadata('    enable-oslogin = "TRUE"\n')) },
    { name: 'metadata not known before apply', code: vm('  metadata = var.metadata\n') },
    { name: 'value not known before apply', code: vm(metadata('    block-project-ssh-keys = var.block\n')) },
    { name: 'override file', filename: 'vm_override.tf', code: vm('') },
  ],
  bad: [
    { name: 'no metadata', code: vm(''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 40 }] },
    { name: 'metadata without the key', code: vm(metadata('    startup-script = "echo hi"\n')), findings: [{ messageId: 'missing', line: 3, column: 14, endLine: 5, endColumn: 4 }] },
    { name: 'template', code: vm('', 'google_compute_instance_template'), findings: [{ messageId: 'missing', line: 1 }] },
    {
      name: 'explicitly allowed',
      code: vm(metadata('    block-project-ssh-keys = "FALSE"\n')),
      findings: [{ messageId: 'allowed', line: 4, column: 30, endColumn: 37, suggestions: [{ title: 'Set block-project-ssh-keys = "TRUE"', output: vm(metadata('    block-project-ssh-keys = "TRUE"\n')) }] }],
    },
    {
      name: 'false from a variable default',
      code: vm(metadata('    block-project-ssh-keys = var.block\n')),
      files: { 'variables.tf': 'variable "block" {\n  default = "false"\n}\n' },
      findings: [{ messageId: 'allowed', line: 4, column: 30, endColumn: 39, related: ['variables.tf:2:13'], suggestions: [] }],
    },
    { name: 'JSON syntax', filename: 'main.tf.json', code: '{"resource": {"google_compute_instance": {"vm": {"name": "vm", "metadata": {"block-project-ssh-keys": "false"}}}}}\n', findings: [{ messageId: 'allowed', line: 1 }] },
  ],
});
