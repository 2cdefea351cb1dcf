import rule from '../../../rules/terraform/tf-165-azure-disk-platform-key';
import { ruleTester } from '../../helpers/rule-tester';

const disk = (body: string) => `resource "azurerm_managed_disk" "data" {\n  name          = "data"\n  create_option = "Empty"\n${body}}\n`;
const vm = (osDisk: string, type = 'azurerm_linux_virtual_machine') =>
  `resource "${type}" "app" {\n  name = "app"\n\n  os_disk {\n    caching              = "ReadWrite"\n    storage_account_type = "Premium_LRS"\n${osDisk}  }\n}\n`;

ruleTester(rule, {
  good: [
    { name: 'disk with an encryption set', code: disk('  disk_encryption_set_id = azurerm_disk_encryption_set.main.id\n') },
    { name: 'set id from a variable without a value', code: disk('  disk_encryption_set_id = var.des_id\n'), files: { 'variables.tf': 'variable "des_id" {}\n' } },
    { name: 'copy of another disk', code: disk('  source_resource_id = azurerm_managed_disk.base.id\n') },
    { name: 'VM os disk with an encryption set', code: vm('    disk_encryption_set_id = azurerm_disk_encryption_set.main.id\n') },
    { name: 'confidential VM os disk', code: vm('    secure_vm_disk_encryption_set_id = azurerm_disk_encryption_set.cvm.id\n', 'azurerm_windows_virtual_machine') },
    { name: 'count = 0', code: disk('  count = 0\n') },
    {
      name: 'JSON syntax, encryption set',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "azurerm_managed_disk": {\n      "data": { "disk_encryption_set_id": "${azurerm_disk_encryption_set.main.id}" }\n    }\n  }\n}\n',
    },
  ],
  bad: [
    { name: 'disk without an encryption set', code: disk(''), findings: [{ messageId: 'platformKey', line: 1, column: 1, endColumn: 39, suggestions: [] }] },
    {
      name: 'explicit null',
      code: disk('  disk_encryption_set_id = null\n'),
      findings: [{ messageId: 'platformKey', line: 4, column: 28, endColumn: 32 }],
    },
    { name: 'VM os disk without one: at the os_disk block', code: vm(''), findings: [{ messageId: 'platformKey', line: 4, column: 3, endColumn: 10 }] },
    { name: 'scale set os disk without one', code: vm('', 'azurerm_linux_virtual_machine_scale_set'), findings: [{ messageId: 'platformKey', line: 4, column: 3, endColumn: 10 }] },
    {
      name: 'JSON syntax, absent',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "azurerm_managed_disk": {\n      "data": {\n        "name": "data"\n      }\n    }\n  }\n}\n',
      findings: [{ messageId: 'platformKey', line: 4, column: 7, endColumn: 13 }],
    },
  ],
});
