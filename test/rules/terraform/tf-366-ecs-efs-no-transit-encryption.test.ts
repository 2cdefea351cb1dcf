import rule from '../../../rules/terraform/tf-366-ecs-efs-no-transit-encryption';
import { ruleTester } from '../../helpers/rule-tester';

const task = (volumes: string) => `resource "aws_ecs_task_definition" "app" {\n  family = "app"\n${volumes}}\n`;
const efs = (body: string) => `\n  volume {\n    name = "data"\n\n    efs_volume_configuration {\n      file_system_id = "fs-1"\n${body}    }\n  }\n`;
const title = 'Encrypt EFS traffic in transit (the provider replaces the resource)';

ruleTester(rule, {
  good: [
    { name: 'enabled', code: task(efs('      transit_encryption = "ENABLED"\n')) },
    { name: 'host volume without EFS', code: task('\n  volume {\n    name      = "tmp"\n    host_path = "/tmp"\n  }\n') },
    { name: 'no volumes', code: task('') },
    { name: 'not known', code: task(efs('      transit_encryption = var.transit\n')) },
    { name: 'dynamic volumes not known', code: task('\n  dynamic "volume" {\n    for_each = var.volumes\n    content {\n      name = volume.key\n      efs_volume_configuration {\n        file_system_id = volume.value\n      }\n    }\n  }\n') },
  ],
  bad: [
    {
      name: 'absent',
      code: task(efs('')),
      findings: [{ messageId: 'missing', line: 7, column: 5, endColumn: 29, suggestions: [{ title, output: task(efs('      transit_encryption = "ENABLED"\n')) }] }],
    },
    {
      name: 'disabled',
      code: task(efs('      transit_encryption = "DISABLED"\n')),
      findings: [{ messageId: 'disabled', line: 9, column: 28, endColumn: 38, suggestions: [{ title, output: task(efs('      transit_encryption = "ENABLED"\n')) }] }],
    },
    {
      name: 'dynamic volumes from a known list',
      code: task('\n  dynamic "volume" {\n    for_each = ["data"]\n    content {\n      name = volume.value\n      efs_volume_configuration {\n        file_system_id = "fs-1"\n      }\n    }\n  }\n'),
      findings: [{ messageId: 'missing', line: 8, column: 7, endColumn: 31 }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_ecs_task_definition": {"app": {"volume": {"name": "data", "efs_volume_configuration": {"transit_encryption": "DISABLED"}}}}}}\n',
      findings: [{ messageId: 'disabled', line: 1, column: 129, endColumn: 139 }],
    },
  ],
});
