import rule from '../../../rules/terraform/tf-039-ecs-efs-transit-encryption';
import { ruleTester } from '../../helpers/rule-tester';

const task = (efs: string) =>
  `resource "aws_ecs_task_definition" "app" {\n  family = "app"\n\n  volume {\n    name = "data"\n\n    efs_volume_configuration {\n      file_system_id = "fs-1"\n${efs}    }\n  }\n}\n`;
const enabled = task('      transit_encryption = "ENABLED"\n');

ruleTester(rule, {
  good: [
    { name: 'transit encryption on', code: enabled },
    { name: 'no EFS volume', code: 'resource "aws_ecs_task_definition" "app" {\n  family = "app"\n\n  volume {\n    name      = "scratch"\n    host_path = "/tmp"\n  }\n}\n' },
    { name: 'no volume at all', code: 'resource "aws_ecs_task_definition" "app" {\n  family = "app"\n}\n' },
    { name: 'value not known before apply', code: task('      transit_encryption = var.transit\n') },
    {
      name: 'dynamic volumes from an unknown collection',
      code: 'resource "aws_ecs_task_definition" "app" {\n  dynamic "volume" {\n    for_each = var.volumes\n    content {\n      name = volume.key\n      efs_volume_configuration {\n        file_system_id = volume.value\n      }\n    }\n  }\n}\n',
    },
  ],
  bad: [
    {
      name: 'transit encryption not set',
      code: task(''),
      findings: [{ messageId: 'missing', line: 7, column: 5, endColumn: 29, suggestions: [{ title: 'Set transit_encryption = "ENABLED"', output: task('      transit_encryption = "ENABLED"\n') }] }],
    },
    { name: 'transit encryption disabled', code: task('      transit_encryption = "DISABLED"\n'), findings: [{ messageId: 'disabled', line: 9, column: 28, endColumn: 38, suggestions: [{ output: enabled }] }] },
    {
      name: 'dynamic volumes from a known map',
      code: 'resource "aws_ecs_task_definition" "app" {\n  dynamic "volume" {\n    for_each = { data = "fs-1" }\n    content {\n      name = volume.key\n      efs_volume_configuration {\n        file_system_id = volume.value\n      }\n    }\n  }\n}\n',
      findings: [{ messageId: 'missing', line: 6, column: 7, endColumn: 31 }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_ecs_task_definition": {"app": {"volume": {"name": "data", "efs_volume_configuration": {"transit_encryption": "DISABLED"}}}}}}\n',
      findings: [{ messageId: 'disabled', line: 1, column: 129, endColumn: 139 }],
    },
  ],
});
