import rule from '../../../rules/terraform/tf-455-azure-storage-queue-no-logging';
import { ruleTester } from '../../helpers/rule-tester';

const account = (body = '') => `resource "azurerm_storage_account" "jobs" {\n  name = "stjobs"\n${body}}\n`;
const queue = '\nresource "azurerm_storage_queue" "work" {\n  name               = "work"\n  storage_account_id = azurerm_storage_account.jobs.id\n}\n';
const logging = (read = 'true') =>
  `    logging {\n      version               = "1.0"\n      read                  = ${read}\n      write                 = true\n      delete                = true\n      retention_policy_days = 90\n    }\n`;
const split = (target: string, read = 'true') =>
  `\nresource "azurerm_storage_account_queue_properties" "jobs" {\n  storage_account_id = ${target}\n\n${logging(read).replace(/^ {2}/gm, '')}}\n`;

ruleTester(rule, {
  good: [
    { name: 'inline queue logging (azurerm 4.x)', code: account(`\n  queue_properties {\n${logging()}  }\n`) + queue },
    { name: 'queue properties resource', code: account() + queue + split('azurerm_storage_account.jobs.id') },
    { name: 'queue properties for an account id from a variable', code: account() + queue + split('var.account_id'), files: { 'variables.tf': 'variable "account_id" {}\n' } },
    { name: 'no queues in the account', code: account() },
    { name: 'blob-only account kind', code: account('  account_kind = "BlobStorage"\n') + queue },
    { name: 'override file', filename: 'st_override.tf', code: account() + queue },
  ],
  bad: [
    { name: 'queues without logging', code: account() + queue, findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 42 }] },
    { name: 'queue in another file of the module', code: account(), files: { 'queues.tf': queue }, findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 42 }] },
    { name: 'inline logging without reads', code: account(`\n  queue_properties {\n${logging('false')}  }\n`), findings: [{ messageId: 'partial', line: 7, column: 31, endColumn: 36 }] },
    {
      name: 'queue properties resource without reads',
      code: split('azurerm_storage_account.jobs.id', 'false'),
      findings: [{ messageId: 'partial', line: 7, column: 29, endColumn: 34, suggestions: [{ title: 'Set read = true', output: split('azurerm_storage_account.jobs.id') }] }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{"resource": {"azurerm_storage_account_queue_properties": {"jobs": {"logging": {"version": "1.0", "read": true, "write": false, "delete": true}}}}}\n',
      findings: [{ messageId: 'partial', line: 1, column: 122, endColumn: 127 }],
    },
  ],
});
