import { asString, defineRule } from '../api';
import { environmentSecret, literalSecretRule } from '../shared/aws-data';
import { attributeOf, moduleFor, resourceInstances } from '../shared/terraform-evaluated';
import { isOverrideFile } from '../shared/terraform-values';

const environmentNamespace = 'aws:elasticbeanstalk:application:environment';

export default defineRule({
  id: 'TF-071',
  title: 'Do not put secrets in Elastic Beanstalk environment properties',
  ...literalSecretRule(),
  docs: {
    rationale:
      'Environment properties (settings in the aws:elasticbeanstalk:application:environment namespace) are stored in the ' +
      'environment\'s configuration in clear text and shown in the console to anyone who may describe it; a literal ' +
      'written there, or a variable default or tfvars entry, is committed with the code. A property is reported when its ' +
      'value has a known credential format, or when its name says it holds a secret and its value is not a placeholder, ' +
      'a path or an ARN.',
    remediation:
      'Keep the secret in Secrets Manager or SSM Parameter Store and reference it from the environment (the ' +
      'aws:elasticbeanstalk:application:environmentsecrets namespace takes the secret\'s ARN on platform versions from ' +
      'March 2025), or read it at start-up.',
    links: [
      { title: 'aws_elastic_beanstalk_environment', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elastic_beanstalk_environment#option-settings' },
      { title: 'Fetching secrets and parameters to Elastic Beanstalk environment variables', url: 'https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/AWSHowTo.secrets.env-vars.html' },
    ],
  },
  messages: {
    secret: 'Environment property {{name}} is a secret written in the configuration ({{what}}); reference it from Secrets Manager.',
  },
  examples: {
    bad:
      'resource "aws_elastic_beanstalk_environment" "web" {\n  name        = "web"\n  application = "app"\n\n  setting {\n' +
      '    namespace = "aws:elasticbeanstalk:application:environment"\n    name      = "DB_PASSWORD"\n    value     = "Tr0ub4dor3"\n  }\n}\n',
    good:
      'resource "aws_elastic_beanstalk_environment" "web" {\n  name        = "web"\n  application = "app"\n\n  setting {\n' +
      '    namespace = "aws:elasticbeanstalk:application:environmentsecrets"\n    name      = "DB_PASSWORD"\n' +
      '    value     = aws_secretsmanager_secret.db.arn\n  }\n}\n',
  },
  check({ file, module, report }) {
    if (isOverrideFile(file)) return;
    const project = moduleFor(file, module);
    for (const type of ['aws_elastic_beanstalk_environment', 'aws_elastic_beanstalk_configuration_template']) {
      for (const environment of resourceInstances(project, file, type)) {
        for (const setting of environment.blocks('setting')) {
          if (asString(setting.value('namespace')) !== environmentNamespace) continue;
          const name = asString(setting.value('name'));
          const value = attributeOf(setting, 'value');
          if (name === undefined || value?.value.kind !== 'string') continue;
          const what = environmentSecret(name, value.value.value);
          if (what) report({ at: value.at, messageId: 'secret', data: { name, what }, value: value.value });
        }
      }
    }
  },
});
