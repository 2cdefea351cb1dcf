import { asString, defineRule } from '../api';
import { transportRule } from '../shared/aws-transport';
import { insertAttribute, replaceValue } from '../shared/terraform-edits';
import { attributeOf, moduleFor, resourceInstances } from '../shared/terraform-evaluated';
import { isOverrideFile } from '../shared/terraform-values';

// Every change to a task definition registers a new revision: the provider replaces the resource.
const title = 'Encrypt EFS traffic in transit (the provider replaces the resource)';

export default defineRule({
  id: 'TF-366',
  title: 'Encrypt EFS volumes of ECS task definitions in transit',
  ...transportRule('high'),
  docs: {
    rationale:
      'An EFS volume of an ECS task definition is mounted over NFS in clear text unless efs_volume_configuration sets ' +
      'transit_encryption = "ENABLED" (the default is DISABLED): the files the tasks read and write cross the network ' +
      'unencrypted, and EFS IAM authorization cannot be used.',
    remediation: 'Set transit_encryption = "ENABLED" in every efs_volume_configuration (and optionally authorization_config { iam = "ENABLED" }).',
    links: [
      {
        title: 'aws_ecs_task_definition',
        url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecs_task_definition#transit_encryption',
      },
      { title: 'Use Amazon EFS volumes with Amazon ECS', url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/efs-volumes.html' },
    ],
  },
  messages: {
    disabled: 'transit_encryption = "{{value}}": this EFS volume is mounted without TLS.',
    missing: 'This EFS volume does not set transit_encryption, so it is mounted without TLS (the default is DISABLED).',
  },
  examples: {
    bad:
      'resource "aws_ecs_task_definition" "app" {\n  family                = "app"\n  container_definitions = file("containers.json")\n\n' +
      '  volume {\n    name = "data"\n\n    efs_volume_configuration {\n      file_system_id = aws_efs_file_system.data.id\n    }\n  }\n}\n',
    good:
      'resource "aws_ecs_task_definition" "app" {\n  family                = "app"\n  container_definitions = file("containers.json")\n\n' +
      '  volume {\n    name = "data"\n\n    efs_volume_configuration {\n      file_system_id     = aws_efs_file_system.data.id\n' +
      '      transit_encryption = "ENABLED"\n    }\n  }\n}\n',
  },
  check({ file, module, report }) {
    const project = moduleFor(file, module);
    for (const task of resourceInstances(project, file, 'aws_ecs_task_definition')) {
      if (task.hasUnknownBlocks('volume')) continue;
      for (const volume of task.blocks('volume')) {
        if (volume.hasUnknownBlocks('efs_volume_configuration')) continue;
        for (const config of volume.blocks('efs_volume_configuration')) {
          const setting = attributeOf(config, 'transit_encryption');
          if (!setting || setting.value.kind === 'null') {
            if (isOverrideFile(file)) continue;
            const fix = setting ? undefined : insertAttribute(file, config.block, 'transit_encryption', 'ENABLED', title);
            report({ at: setting?.at ?? config.block.typeRange, messageId: 'missing', suggest: fix ? [fix] : undefined });
            continue;
          }
          const text = asString(setting.value)?.trim();
          if (text === undefined || text.toUpperCase() !== 'DISABLED') continue;
          report({
            at: setting.at,
            messageId: 'disabled',
            data: { value: text },
            value: setting.value,
            suggest: setting.literal ? [replaceValue(setting.literal, 'ENABLED', title)] : undefined,
          });
        }
      }
    }
  },
});
