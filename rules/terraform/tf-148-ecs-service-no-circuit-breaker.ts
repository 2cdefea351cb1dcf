import { asBool, asString, defineRule } from '../api';
import { awsDoc } from '../shared/aws-operations';
import { insertBlock } from '../shared/terraform-edits';
import { moduleFor, resourceInstances } from '../shared/terraform-evaluated';
import { headerAnchor, isOverrideFile } from '../shared/terraform-values';

export default defineRule({
  id: 'TF-148',
  title: 'Roll back failed ECS deployments with the deployment circuit breaker',
  target: 'terraform',
  severity: 'low',
  // Teams with blue/green or canary tooling roll back elsewhere: opinionated.
  preset: 'strict',
  requirements: ['8.3'],
  frameworks: { iso27001: ['A.8.32'], nist80053: ['CM-3(2)', 'CP-10'] },
  docs: {
    rationale:
      'A rolling deployment whose new tasks keep failing goes on replacing tasks until someone notices unless ' +
      'deployment_circuit_breaker { enable = true, rollback = true } stops it and returns the service to its last ' +
      'working revision. Services deployed by CodeDeploy or an external controller are left out: they roll back there.',
    remediation: 'Add deployment_circuit_breaker { enable = true, rollback = true } to the service.',
    links: [
      awsDoc('ecs_service', 'deployment_circuit_breaker'),
      { title: 'How the Amazon ECS deployment circuit breaker detects failures', url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-circuit-breaker.html' },
    ],
  },
  messages: {
    missing: 'This service has no deployment circuit breaker: a failing deployment is not stopped or rolled back.',
    noRollback: 'The circuit breaker stops a failing deployment but does not roll it back (rollback is not true).',
    disabled: 'The deployment circuit breaker of this service is disabled.',
  },
  examples: {
    bad: 'resource "aws_ecs_service" "app" {\n  name            = "app"\n  cluster         = aws_ecs_cluster.main.id\n  task_definition = aws_ecs_task_definition.app.arn\n}\n',
    good:
      'resource "aws_ecs_service" "app" {\n  name            = "app"\n  cluster         = aws_ecs_cluster.main.id\n  task_definition = aws_ecs_task_definition.app.arn\n\n' +
      '  deployment_circuit_breaker {\n    enable   = true\n    rollback = true\n  }\n}\n',
  },
  check({ file, module, report }) {
    if (isOverrideFile(file)) return;
    const project = moduleFor(file, module);
    for (const service of resourceInstances(project, file, 'aws_ecs_service')) {
      if (service.hasUnknownBlocks('deployment_controller') || service.hasUnknownBlocks('deployment_circuit_breaker')) continue;
      const controllers = service.blocks('deployment_controller').map((controller) => controller.value('type'));
      if (controllers.some((type) => type !== undefined && asString(type)?.toUpperCase() !== 'ECS')) continue;
      const [breaker] = service.blocks('deployment_circuit_breaker');
      if (!breaker) {
        // A suggestion: failed deployments then roll back on their own.
        const edit = insertBlock(file, service.block, 'deployment_circuit_breaker', [['enable', true], ['rollback', true]], 'Add a circuit breaker with rollback');
        report({ at: headerAnchor(file, service.block), messageId: 'missing', suggest: edit && [edit] });
        continue;
      }
      const enable = asBool(breaker.value('enable'));
      const rollback = breaker.value('rollback');
      if (enable === false) report({ at: breaker.attribute('enable')?.value.range ?? breaker.block.typeRange, messageId: 'disabled' });
      else if (enable === true && (rollback === undefined || asBool(rollback) === false)) {
        report({ at: breaker.attribute('rollback')?.value.range ?? breaker.block.typeRange, messageId: 'noRollback' });
      }
    }
  },
});
