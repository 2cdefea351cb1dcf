import { asString, defineRule, type BlockView, type TerraformModule } from '../api';
import { referencedResource, transportRule } from '../shared/aws-transport';
import { insertAttribute, replaceValue } from '../shared/terraform-edits';
import { attributeOf, moduleFor, resourceInstances } from '../shared/terraform-evaluated';
import { headerAnchor } from '../shared/terraform-values';

const listenerTypes = ['aws_lb_listener', 'aws_alb_listener'];

/**
 * The protocol an absent `protocol` stands for: `HTTP` on an Application Load Balancer (the
 * provider default); on a Network or Gateway Load Balancer, or a balancer the module does not
 * show, it is not known.
 */
function defaultProtocol(module: TerraformModule, listener: BlockView): string | undefined {
  const balancer = referencedResource(module, listener.value('load_balancer_arn'), ['aws_lb', 'aws_alb']);
  if (!balancer) return undefined;
  const [view] = module.instances(balancer);
  const type = view?.value('load_balancer_type');
  if (type === undefined || type.kind === 'null') return 'HTTP';
  return asString(type)?.trim() === 'application' ? 'HTTP' : undefined;
}

export default defineRule({
  id: 'TF-350',
  title: 'Redirect HTTP listeners of load balancers to HTTPS',
  ...transportRule('high'),
  docs: {
    rationale:
      'An Application Load Balancer listener on HTTP (the default protocol) that forwards requests or answers them itself ' +
      'carries cookies, tokens and form data in clear text between the client and the load balancer, where anyone on the ' +
      'path can read or change them. Its only safe use is a redirect to HTTPS; a redirect action without protocol keeps ' +
      'the request on HTTP.',
    remediation:
      'Serve the application on an HTTPS listener with an ACM certificate and make the HTTP listener\'s default action ' +
      'redirect { protocol = "HTTPS", port = "443", status_code = "HTTP_301" }.',
    links: [
      { title: 'aws_lb_listener', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb_listener#redirect-action' },
      {
        title: 'Listeners for your Application Load Balancers: redirect actions',
        url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html#redirect-actions',
      },
    ],
  },
  messages: {
    plainHttp: 'This listener serves HTTP without redirecting to HTTPS: requests and responses cross the network in clear text.',
    redirectNotHttps: 'This redirect keeps the request on {{protocol}}: redirect it to protocol = "HTTPS".',
  },
  examples: {
    bad:
      'resource "aws_lb_listener" "web" {\n  load_balancer_arn = aws_lb.web.arn\n  port              = 80\n  protocol          = "HTTP"\n\n' +
      '  default_action {\n    type             = "forward"\n    target_group_arn = aws_lb_target_group.web.arn\n  }\n}\n',
    good:
      'resource "aws_lb_listener" "web" {\n  load_balancer_arn = aws_lb.web.arn\n  port              = 80\n  protocol          = "HTTP"\n\n' +
      '  default_action {\n    type = "redirect"\n\n    redirect {\n      port        = "443"\n      protocol    = "HTTPS"\n' +
      '      status_code = "HTTP_301"\n    }\n  }\n}\n',
  },
  check({ file, module, report }) {
    const project = moduleFor(file, module);
    for (const type of listenerTypes) {
      for (const listener of resourceInstances(project, file, type)) {
        const written = attributeOf(listener, 'protocol');
        const protocol = written && written.value.kind !== 'null' ? asString(written.value)?.trim().toUpperCase() : defaultProtocol(project, listener);
        if (protocol !== 'HTTP' || listener.hasUnknownBlocks('default_action')) continue;
        const actions = listener.blocks('default_action');
        if (actions.length === 0) continue;
        const kinds = actions.map((action) => action.value('type'));
        if (kinds.some((kind) => kind === undefined || asString(kind) === undefined)) continue;
        const redirect = actions.find((action) => asString(action.value('type'))?.trim() === 'redirect');
        if (!redirect) {
          report({ at: written?.at ?? headerAnchor(file, listener.block), messageId: 'plainHttp', value: written?.value });
          continue;
        }
        if (redirect.hasUnknownBlocks('redirect')) continue;
        for (const target of redirect.blocks('redirect')) {
          const to = attributeOf(target, 'protocol');
          const title = 'Redirect to HTTPS';
          if (!to || to.value.kind === 'null') {
            // An absent protocol is "#{protocol}": the protocol of the request, here HTTP.
            const fix = to ? undefined : insertAttribute(file, target.block, 'protocol', 'HTTPS', title);
            report({ at: target.block.typeRange, messageId: 'redirectNotHttps', data: { protocol: 'HTTP' }, suggest: fix ? [fix] : undefined });
            continue;
          }
          const text = asString(to.value)?.trim();
          if (text === undefined || text.toUpperCase() === 'HTTPS') continue;
          const shown = text === '#{protocol}' ? 'HTTP' : text;
          report({
            at: to.at,
            messageId: 'redirectNotHttps',
            data: { protocol: shown },
            value: to.value,
            suggest: to.literal ? [replaceValue(to.literal, 'HTTPS', title)] : undefined,
          });
        }
      }
    }
  },
});
