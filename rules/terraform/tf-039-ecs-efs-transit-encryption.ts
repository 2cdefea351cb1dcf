import { asString, defineRule } from '../api';
import { insertAttribute, replaceValue } from '../shared/terraform-edits';
import { attributeOf, moduleFor, resourceInstances } from '../shared/terraform-evaluated';
import { isOverrideFile } from '../shared/terraform-values';

const title = 'Set transit_encryption = "ENABLED"';

export default defineRule({
  id: 'TF-039',
  title: 'Encrypt EFS traffic of ECS task volumes in transit',
  target: 'terraform',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['3.2'],
  frameworks: { iso27001: ['A.8.24', 'A.5.14'], nist80053: ['SC-8', 'SC-8(1)'] },
  docs: {
    rationale:
      'An ECS task volume on Amazon EFS mounts the file system over NFS, in clear text, unless its ' +
      'efs_volume_configuration sets transit_encryption = "ENABLED": the default is "DISABLED". Everything the task reads ' +
      'from or writes to the volume then crosses the network unencrypted. Encryption in transit is also required for ' +
      'EFS IAM authorization and access points with IAM.',
    remediation: 'Set transit_encryption = "ENABLED" in every efs_volume_configuration (the new task definition revision takes effect for new tasks).',
    links: [
      { title: 'aws_ecs_task_definition', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecs_task_definition#transit_encryption' },
      { title: 'Amazon EFS volumes with Amazon ECS', url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/efs-volumes.html' },
    ],
  },
  messages: {
    disabled: 'transit_encryption = "{{value}}": traffic between the task and EFS is not encrypted.',
    missing: 'This EFS volume does not enable transit_encryption, which defaults to DISABLED.',
  },
  examples: {
    bad:
      'resource "aws_ecs_task_definition" "app" {\n  family = "app"\n\n  volume {\n    name = "data"\n\n    efs_volume_configuration {\n' +
      '      file_system_id = aws_efs_file_system.data.id\n    }\n  }\n}\n',
    good:
      'resource "aws_ecs_task_definition" "app" {\n  family = "app"\n\n  volume {\n    name = "data"\n\n    efs_volume_configuration {\n' +
      '      file_system_id     = aws_efs_file_system.data.id\n      transit_encryption = "ENABLED"\n    }\n  }\n}\n',
  },
  check({ file, module, report }) {
    const project = moduleFor(file, module);
    // Suggestions: a new revision of the task definition, which running tasks only get when replaced.
    for (const task of resourceInstances(project, file, 'aws_ecs_task_definition')) {
      for (const volume of task.blocks('volume')) {
        for (const efs of volume.blocks('efs_volume_configuration')) {
          const setting = attributeOf(efs, 'transit_encryption');
          if (!setting || setting.value.kind === 'null') {
            if (isOverrideFile(file)) continue;
            const edit = setting ? undefined : insertAttribute(file, efs.block, 'transit_encryption', 'ENABLED', title);
            report({ at: setting?.at ?? efs.block.typeRange, messageId: 'missing', value: setting?.value, suggest: edit ? [edit] : [] });
            continue;
          }
          const value = asString(setting.value);
          if (value === undefined || value.toUpperCase() === 'ENABLED') continue;
          const suggest = setting.literal ? [replaceValue(setting.literal, 'ENABLED', title)] : [];
          report({ at: setting.at, messageId: 'disabled', data: { value }, value: setting.value, suggest });
        }
      }
    }
  },
});
