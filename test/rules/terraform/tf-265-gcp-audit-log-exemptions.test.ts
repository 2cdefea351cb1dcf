import rule from '../../../rules/terraform/tf-265-gcp-audit-log-exemptions';
import { ruleTester } from '../../helpers/rule-tester';

const audit = (log: string, type = 'google_project_iam_audit_config', scope = '  project = "acme-prod"\n') =>
  `resource "${type}" "all" {\n${scope}  service = "allServices"\n  audit_log_config {\n    log_type = "DATA_READ"\n${log}  }\n}\n`;

ruleTester(rule, {
  good: [
    { name: 'no exemptions', code: audit('') },
    { name: 'empty list', code: audit('    exempted_members = []\n') },
    { name: 'members not known before apply', code: audit('    exempted_members = var.exempted\n') },
  ],
  bad: [
    { name: 'a user exempted', code: audit('    exempted_members = ["user:ops@example.com"]\n'), findings: [{ messageId: 'exempted', line: 6, column: 25, endColumn: 47 }] },
    {
      name: 'two members on a folder',
      code: audit('    exempted_members = ["user:a@example.com", "serviceAccount:etl@p.iam.gserviceaccount.com"]\n', 'google_folder_iam_audit_config', '  folder = "folders/1"\n'),
      findings: [{ messageId: 'exempted', line: 6, column: 25, endColumn: 45 }, { messageId: 'exempted', line: 6, column: 47, endColumn: 93 }],
    },
    {
      name: 'from a variable default',
      code: audit('    exempted_members = var.exempted\n'),
      files: { 'variables.tf': 'variable "exempted" {\n  default = ["group:ops@example.com"]\n}\n' },
      findings: [{ messageId: 'exempted', line: 6, column: 24, endColumn: 36, related: ['variables.tf:2:14'] }],
    },
    {
      name: 'dynamic audit_log_config over a known list',
      code: 'resource "google_organization_iam_audit_config" "all" {\n  org_id  = "1"\n  service = "allServices"\n  dynamic "audit_log_config" {\n    for_each = ["DATA_READ"]\n    content {\n      log_type         = audit_log_config.value\n      exempted_members = ["user:a@example.com"]\n    }\n  }\n}\n',
      findings: [{ messageId: 'exempted', line: 8, column: 27, endColumn: 47 }],
    },
    { name: 'JSON syntax', filename: 'main.tf.json', code: '{"resource": {"google_project_iam_audit_config": {"all": {"project": "p", "service": "allServices", "audit_log_config": [{"log_type": "DATA_WRITE", "exempted_members": ["user:a@example.com"]}]}}}}\n', findings: [{ messageId: 'exempted', line: 1 }] },
  ],
});
