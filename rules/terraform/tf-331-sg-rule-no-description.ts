import { asString, defineRule, type BlockView, type Range } from '../api';
import { awsDoc, trafficRule } from '../shared/aws-network';
import { moduleFor, resourceInstances } from '../shared/terraform-evaluated';
import { headerAnchor, isOverrideFile } from '../shared/terraform-values';

const groups = ['aws_security_group', 'aws_default_security_group'];
const ruleResources = ['aws_security_group_rule', 'aws_vpc_security_group_ingress_rule', 'aws_vpc_security_group_egress_rule'];

export default defineRule({
  id: 'TF-331',
  title: 'Describe every security group rule',
  ...trafficRule({ severity: 'low', preset: 'strict' }),
  docs: {
    rationale:
      'A rule without a description says what it admits but not why: at the next review nobody can tell whether it is ' +
      'still needed, so rules pile up and groups only ever widen. Inline ingress and egress blocks, aws_security_group_rule ' +
      'and the VPC rule resources are checked; a description from a value not known before apply counts.',
    remediation: 'Add a description naming the peer and the purpose (for example "HTTPS from the public ALB").',
    links: [awsDoc('aws_security_group', 'description-1'), awsDoc('aws_vpc_security_group_ingress_rule', 'description')],
  },
  messages: {
    undescribed: 'This security group rule has no description.',
  },
  examples: {
    bad: 'resource "aws_security_group_rule" "https" {\n  type              = "ingress"\n  from_port         = 443\n  to_port           = 443\n  protocol          = "tcp"\n  security_group_id = aws_security_group.web.id\n}\n',
    good:
      'resource "aws_security_group_rule" "https" {\n  type              = "ingress"\n  description       = "HTTPS from the ALB"\n  from_port         = 443\n  to_port           = 443\n' +
      '  protocol          = "tcp"\n  security_group_id = aws_security_group.web.id\n}\n',
  },
  check({ file, module, report }) {
    if (isOverrideFile(file)) return;
    const described = (view: BlockView) => {
      const value = view.value('description');
      if (value === undefined || value.kind === 'null') return false;
      const text = asString(value);
      return text === undefined || text.trim() !== '';
    };
    const inspect = (view: BlockView, at: Range) => {
      if (!described(view)) report({ at, messageId: 'undescribed' });
    };
    const project = moduleFor(file, module);
    for (const type of groups) {
      for (const group of resourceInstances(project, file, type)) {
        // Rules written as blocks; `dynamic` ones are reported at their content only when it is known.
        for (const direction of ['ingress', 'egress']) for (const rule of group.blocks(direction)) inspect(rule, rule.block.typeRange);
      }
    }
    for (const type of ruleResources) for (const rule of resourceInstances(project, file, type)) inspect(rule, headerAnchor(file, rule.block));
  },
});
