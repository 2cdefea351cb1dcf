import { asString, defineRule } from '../api';
import { serviceLogRule } from '../shared/aws-logging';
import { replaceValue } from '../shared/terraform-edits';
import { attributeOf, moduleFor, resourceInstances } from '../shared/terraform-evaluated';

export default defineRule({
  id: 'TF-116',
  title: 'Keep Container Insights on for ECS clusters',
  ...serviceLogRule({ severity: 'low' }),
  docs: {
    rationale:
      'setting { name = "containerInsights", value = "disabled" } turns off the task, service and cluster telemetry ' +
      'that shows a compromised or runaway workload. A cluster without the setting follows the account setting, which ' +
      'the configuration does not show, so only an explicit "disabled" is reported; "enabled" and "enhanced" pass.',
    remediation: 'Set the containerInsights setting to "enabled" (or "enhanced" for per-container detail).',
    links: [
      { title: 'aws_ecs_cluster', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecs_cluster#setting' },
      {
        title: 'Amazon ECS Container Insights',
        url: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/ContainerInsights.html',
      },
    ],
  },
  messages: {
    disabled: 'Container Insights is disabled for this cluster.',
  },
  examples: {
    bad: 'resource "aws_ecs_cluster" "main" {\n  name = "main"\n\n  setting {\n    name  = "containerInsights"\n    value = "disabled"\n  }\n}\n',
    good: 'resource "aws_ecs_cluster" "main" {\n  name = "main"\n\n  setting {\n    name  = "containerInsights"\n    value = "enabled"\n  }\n}\n',
  },
  check({ file, module, report }) {
    const project = moduleFor(file, module);
    for (const cluster of resourceInstances(project, file, 'aws_ecs_cluster')) {
      for (const setting of cluster.blocks('setting')) {
        if (asString(setting.value('name')) !== 'containerInsights') continue;
        const value = attributeOf(setting, 'value');
        if (!value || asString(value.value) !== 'disabled') continue;
        // Safe unattended: in place, and it only adds metrics (billed by CloudWatch).
        const fix = value.literal ? replaceValue(value.literal, 'enabled', 'Enable Container Insights') : undefined;
        report({ at: value.at, messageId: 'disabled', value: value.value, fix });
      }
    }
  },
});
