import rule from '../../../rules/terraform/tf-006-gke-no-workload-identity';
import { ruleTester } from '../../helpers/rule-tester';

const cluster = (body: string) =>
  `resource "google_container_cluster" "primary" {\n  name     = "primary"\n  location = "europe-west1"\n${body}}\n`;
const withProject = (body: string) => cluster(`  project  = "acme-prod"\n${body}`);

ruleTester(rule, {
  good: [
    { name: 'override file patching a cluster defined elsewhere', filename: 'override.tf', code: withProject('  min_master_version = "1.33"\n') },
    { name: 'workload pool set', code: withProject('\n  workload_identity_config {\n    workload_pool = "acme-prod.svc.id.goog"\n  }\n') },
    { name: 'workload pool from the project data source', code: cluster('\n  workload_identity_config {\n    workload_pool = "${data.google_project.this.project_id}.svc.id.goog"\n  }\n') },
    { name: 'identity_namespace before provider 4.0', code: withProject('\n  workload_identity_config {\n    identity_namespace = "acme-prod.svc.id.goog"\n  }\n') },
    { name: 'Autopilot', code: withProject('  enable_autopilot = true\n') },
    { name: 'Autopilot from a variable', code: withProject('  enable_autopilot = var.autopilot\n') },
    { name: 'dynamic workload_identity_config', code: cluster('\n  dynamic "workload_identity_config" {\n    for_each = var.workload_identity ? [1] : []\n    content {\n      workload_pool = "${var.project}.svc.id.goog"\n    }\n  }\n') },
    { name: 'count = 0', code: withProject('  count    = 0\n') },
    {
      name: 'JSON syntax, workload pool set',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "google_container_cluster": {\n      "primary": {\n        "name": "primary",\n        "workload_identity_config": { "workload_pool": "acme-prod.svc.id.goog" }\n      }\n    }\n  }\n}\n',
    },
    {
      name: 'Autopilot from terraform.tfvars',
      code: withProject('  enable_autopilot = var.autopilot\n'),
      files: { 'variables.tf': 'variable "autopilot" {\n  default = false\n}\n', 'terraform.tfvars': 'autopilot = true\n' },
    },
    {
      name: 'dynamic workload_identity_config switched on by a variable default',
      code: withProject('\n  dynamic "workload_identity_config" {\n    for_each = var.workload_identity ? [1] : []\n    content {\n      workload_pool = "acme-prod.svc.id.goog"\n    }\n  }\n'),
      files: { 'variables.tf': 'variable "workload_identity" {\n  default = true\n}\n' },
    },
  ],
  bad: [
    {
      name: 'no workload_identity_config, literal project',
      code: withProject(''),
      findings: [{
        messageId: 'missing', line: 1, column: 1, endLine: 1, endColumn: 46,
        suggestions: [{ title: 'Enable workload identity', output: withProject('  workload_identity_config {\n    workload_pool = "acme-prod.svc.id.goog"\n  }\n') }],
      }],
    },
    {
      name: 'no workload_identity_config, project from a variable: no edit',
      code: cluster('  project  = var.project_id\n'),
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 46, suggestions: [] }],
    },
    {
      name: 'no project at all: no edit',
      code: cluster(''),
      findings: [{ messageId: 'missing', line: 1, suggestions: [] }],
    },
    {
      name: 'Autopilot switched off',
      code: withProject('  enable_autopilot = false\n'),
      findings: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'empty one-line workload_identity_config',
      code: withProject('  workload_identity_config {}\n'),
      findings: [{
        messageId: 'noPool', line: 5, column: 3, endColumn: 27,
        suggestions: [{ output: withProject('  workload_identity_config {\n    workload_pool = "acme-prod.svc.id.goog"\n  }\n') }],
      }],
    },
    {
      name: 'empty workload pool',
      code: withProject('  workload_identity_config {\n    workload_pool = ""\n  }\n'),
      findings: [{
        messageId: 'noPool', line: 6, column: 21, endColumn: 23,
        suggestions: [{ output: withProject('  workload_identity_config {\n    workload_pool = "acme-prod.svc.id.goog"\n  }\n') }],
      }],
    },
    {
      name: 'counted cluster in a one-line resource block',
      code: 'resource "google_container_cluster" "c" { count = 2 }\n',
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 40, suggestions: [] }],
    },
    {
      name: 'one-line cluster block with a project',
      code: 'resource "google_container_cluster" "c" { project = "p1" }\n',
      findings: [{
        messageId: 'missing', line: 1,
        suggestions: [{ output: 'resource "google_container_cluster" "c" {\n  project = "p1"\n  workload_identity_config {\n    workload_pool = "p1.svc.id.goog"\n  }\n}\n' }],
      }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "google_container_cluster": {\n      "primary": {\n        "name": "primary",\n        "project": "acme-prod"\n      }\n    }\n  }\n}\n',
      findings: [{
        messageId: 'missing', line: 4, column: 7, endColumn: 16,
        suggestions: [{ output: '{\n  "resource": {\n    "google_container_cluster": {\n      "primary": {\n        "name": "primary",\n        "project": "acme-prod",\n        "workload_identity_config": { "workload_pool": "acme-prod.svc.id.goog" }\n      }\n    }\n  }\n}\n' }],
      }],
    },
      {
      name: 'Autopilot switched off by a variable default',
      code: withProject('  enable_autopilot = var.autopilot\n'),
      files: { 'variables.tf': 'variable "autopilot" {\n  default = false\n}\n' },
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 46 }],
    },
    {
      name: 'dynamic workload_identity_config switched off by a variable default',
      code: withProject('\n  dynamic "workload_identity_config" {\n    for_each = var.workload_identity ? [1] : []\n    content {\n      workload_pool = "acme-prod.svc.id.goog"\n    }\n  }\n'),
      files: { 'variables.tf': 'variable "workload_identity" {\n  default = false\n}\n' },
      findings: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'empty workload pool from a variable default',
      code: withProject('  workload_identity_config {\n    workload_pool = var.pool\n  }\n'),
      files: { 'variables.tf': 'variable "pool" {\n  default = ""\n}\n' },
      findings: [{ messageId: 'noPool', line: 6, column: 21, endColumn: 29, related: ['variables.tf:2:13'], suggestions: [] }],
    },
  ],
});
