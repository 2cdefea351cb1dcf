import { asString, defineRule } from '../api';
import { auditLogging, cisGcp, googleDoc } from '../shared/gcp-hardening';
import { attributeOf, itemsOf, moduleFor, resourceInstances } from '../shared/terraform-evaluated';
import { isOverrideFile } from '../shared/terraform-values';

const auditConfigTypes = ['google_project_iam_audit_config', 'google_folder_iam_audit_config', 'google_organization_iam_audit_config'];

export default defineRule({
  id: 'TF-265',
  title: 'Do not exempt principals from Cloud Audit Logs',
  target: 'terraform',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['6.1'],
  frameworks: auditLogging(cisGcp('2.1')),
  docs: {
    rationale:
      'exempted_members in an audit_log_config turns Data Access audit logs off for those principals: what an exempted ' +
      'user or service account reads or changes leaves no audit record, which is what an insider or a stolen credential ' +
      'of that principal needs.',
    remediation: 'Remove exempted_members; if log volume is the concern, exclude entries with a log sink exclusion filter that is reviewed like code.',
    links: [googleDoc('google_project_iam', 'google_project_iam_audit_config'), { title: 'Configure Data Access audit logs', url: 'https://cloud.google.com/logging/docs/audit/configure-data-access' }],
  },
  messages: {
    exempted: '{{member}} is exempted from {{logType}} audit logs: its actions leave no audit record.',
  },
  examples: {
    bad:
      'resource "google_project_iam_audit_config" "all" {\n  project = "acme-prod"\n  service = "allServices"\n  audit_log_config {\n' +
      '    log_type         = "DATA_READ"\n    exempted_members = ["user:ops@example.com"]\n  }\n}\n',
    good: 'resource "google_project_iam_audit_config" "all" {\n  project = "acme-prod"\n  service = "allServices"\n  audit_log_config {\n    log_type = "DATA_READ"\n  }\n}\n',
  },
  check({ file, module, report }) {
    if (isOverrideFile(file)) return;
    const project = moduleFor(file, module);
    for (const type of auditConfigTypes) {
      for (const config of resourceInstances(project, file, type)) {
        for (const log of config.blocks('audit_log_config')) {
          const logType = asString(log.value('log_type'))?.trim() ?? 'these';
          // Removing an exemption raises log volume and cost: no edit.
          for (const member of itemsOf(attributeOf(log, 'exempted_members')) ?? []) {
            const text = asString(member.value);
            if (text !== undefined && text.trim() !== '') report({ at: member.at, messageId: 'exempted', data: { member: text.trim(), logType }, value: member.value });
          }
        }
      }
    }
  },
});
