import { asString, defineRule, type TerraformModule } from '../api';
import { awsDoc, managementAccess } from '../shared/aws-network';
import { attributeCheck, type CheckScope } from '../shared/terraform-attribute-check';

const lower = (value: ReturnType<CheckScope['resource']['value']>) => asString(value)?.trim().toLowerCase();

/** Whether the module sets the region's default to IMDSv2 only, which instances without options inherit. */
function requiredByDefault(module: TerraformModule): boolean {
  return module.resources('aws_ec2_instance_metadata_defaults').some((block) =>
    module.instances(block).some((view) => lower(view.value('http_tokens')) === 'required'),
  );
}

/**
 * Amazon Linux 2023 images are registered with imds_support = "v2.0": instances launched from
 * them answer only IMDSv2 whatever their options say. An image chosen through an AMI data source,
 * SSM parameter or literal that names al2023 is taken to be one.
 */
const al2023Image = ({ resource }: CheckScope) =>
  ['ami', 'image_id'].some((name) => {
    const written = resource.attribute(name)?.value;
    const text = written?.kind === 'expression' ? written.text : written?.kind === 'string' ? written.value : undefined;
    return text !== undefined && /al2023/i.test(text);
  });

/** The metadata endpoint switched off: there is nothing to steal credentials from. */
const endpointDisabled = ({ resource }: CheckScope) => resource.blocks('metadata_options').some((options) => lower(options.value('http_endpoint')) === 'disabled');

export default defineRule({
  id: 'TF-321',
  title: 'Require IMDSv2 on EC2 instances and launch templates',
  target: 'terraform',
  severity: 'high',
  preset: 'recommended',
  requirements: ['1.2', '2.3'],
  frameworks: managementAccess(),
  docs: {
    rationale:
      'With metadata_options.http_tokens = "optional" (the EC2 API default when it is not set) the instance metadata service ' +
      'also answers IMDSv1 requests, which need no session token: a server-side request forgery in any application on the ' +
      'host, or a misconfigured proxy, then hands out the temporary credentials of the instance role. Instances, launch ' +
      'templates and launch configurations are checked; a configuration that sets aws_ec2_instance_metadata_defaults to ' +
      'http_tokens = "required", or that turns the endpoint off, passes. An instance launched from a launch template takes ' +
      'its options from there. AMIs registered with imds_support = "v2.0" also enforce it: an image whose reference names ' +
      'Amazon Linux 2023 (al2023), registered that way, is accepted; for other images the configuration does not show it.',
    remediation: 'Set metadata_options { http_tokens = "required" } (with http_put_response_hop_limit = 1 unless containers on the host need the metadata service) after checking that the SDKs on the host support IMDSv2.',
    links: [
      awsDoc('aws_instance', 'metadata-options'),
      awsDoc('aws_launch_template', 'metadata-options'),
      awsDoc('aws_ec2_instance_metadata_defaults'),
      { title: 'Use IMDSv2', url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html' },
    ],
  },
  messages: {
    optional: 'http_tokens = "{{tokens}}" lets IMDSv1 requests without a session token read the instance role credentials.',
    missing: 'http_tokens is not set, so the instance metadata service also answers IMDSv1 requests.',
  },
  examples: {
    bad: 'resource "aws_instance" "app" {\n  ami           = "ami-0123456789abcdef0"\n  instance_type = "t3.micro"\n}\n',
    good:
      'resource "aws_instance" "app" {\n  ami           = "ami-0123456789abcdef0"\n  instance_type = "t3.micro"\n\n  metadata_options {\n' +
      '    http_tokens = "required"\n  }\n}\n',
  },
  check: attributeCheck({
    resources: ['aws_instance', 'aws_launch_template', 'aws_launch_configuration'],
    path: 'metadata_options.http_tokens',
    compliant: (value, scope) => {
      const tokens = asString(value)?.trim().toLowerCase();
      return tokens === undefined ? undefined : tokens === 'required' || endpointDisabled(scope);
    },
    absent: (scope) => (endpointDisabled(scope) || al2023Image(scope) || requiredByDefault(scope.module) ? 'compliant' : 'insecure'),
    undecidableWhenSet: ['launch_template'],
    data: (value) => ({ tokens: asString(value)?.trim() ?? '' }),
    messages: { insecure: 'optional', missing: 'missing' },
    // A suggestion: software on the host that still speaks IMDSv1 loses its credentials.
    remedy: { value: 'required', title: 'Require IMDSv2 (http_tokens = "required")', kind: 'suggest' },
  }),
});
