import { defineRule } from '../api';
import { scriptSecret, staticCredentials } from '../shared/aws-data';
import { attributeOf, moduleFor, resourceInstances } from '../shared/terraform-evaluated';
import { isOverrideFile } from '../shared/terraform-values';

/** Arguments holding user data, and whether their value is base64-encoded. */
const userData: Record<string, readonly (readonly [string, boolean])[]> = {
  aws_instance: [['user_data', false], ['user_data_base64', true]],
  aws_launch_configuration: [['user_data', false], ['user_data_base64', true]],
  aws_launch_template: [['user_data', true]],
};

function decode(text: string): string | undefined {
  const compact = text.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) return undefined;
  return Buffer.from(compact, 'base64').toString('utf8');
}

export default defineRule({
  id: 'TF-037',
  title: 'Do not put credentials in EC2 user data',
  target: 'terraform',
  severity: 'critical',
  preset: 'recommended',
  requirements: ['1.1', '3.3'],
  frameworks: staticCredentials(),
  docs: {
    rationale:
      'User data is not secret: any process on the instance can read it from the instance metadata service, anyone who ' +
      'may call ec2:DescribeInstanceAttribute or view the launch template reads it, and it is kept in the state (in clear ' +
      'text from version 6 of the AWS provider). Access keys, tokens or passwords in a boot script are long-lived ' +
      'credentials shared with all of them. Scripts read with file() are checked; templates and values known only at ' +
      'apply time are not decided.',
    remediation:
      'Give the instance a role (instance profile) instead of access keys, and have the boot script read other secrets ' +
      'from Secrets Manager or SSM Parameter Store at start-up.',
    links: [
      { title: 'aws_instance', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/instance#user_data' },
      { title: 'Run commands when you launch an EC2 instance with user data input', url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/user-data.html' },
    ],
  },
  messages: {
    credentials: 'The user data ({{argument}}) holds {{what}}: it is readable from instance metadata and by anyone who may describe the instance.',
  },
  examples: {
    bad: 'resource "aws_instance" "web" {\n  ami       = "ami-0abcdef1234567890"\n  user_data = "export DB_PASSWORD=Tr0ub4dor3\\n"\n}\n',
    good: 'resource "aws_instance" "web" {\n  ami                  = "ami-0abcdef1234567890"\n  iam_instance_profile = aws_iam_instance_profile.web.name\n  user_data            = file("${path.module}/boot.sh")\n}\n',
  },
  check({ file, module, report }) {
    if (isOverrideFile(file)) return;
    const project = moduleFor(file, module);
    for (const [type, argumentsOfType] of Object.entries(userData)) {
      for (const resource of resourceInstances(project, file, type)) {
        for (const [argument, encoded] of argumentsOfType) {
          const located = attributeOf(resource, argument);
          if (located?.value.kind !== 'string') continue;
          const script = encoded ? decode(located.value.value) : located.value.value;
          const what = script === undefined ? undefined : scriptSecret(script);
          if (what) report({ at: located.at, messageId: 'credentials', data: { argument, what }, value: located.value });
        }
      }
    }
  },
});
