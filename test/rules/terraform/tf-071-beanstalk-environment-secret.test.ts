import rule from '../../../rules/terraform/tf-071-beanstalk-environment-secret';
import { ruleTester } from '../../helpers/rule-tester';

const env = (namespace: string, name: string, value: string) =>
  `resource "aws_elastic_beanstalk_environment" "web" {\n  name = "web"\n\n  setting {\n    namespace = "${namespace}"\n    name      = "${name}"\n    value     = ${value}\n  }\n}\n`;
const ns = 'aws:elasticbeanstalk:application:environment';

ruleTester(rule, {
  good: [
    { name: 'secret by ARN', code: env('aws:elasticbeanstalk:application:environmentsecrets', 'DB_PASSWORD', 'aws_secretsmanager_secret.db.arn') },
    { name: 'plain property', code: env(ns, 'STAGE', '"prod"') },
    { name: 'other namespace', code: env('aws:autoscaling:launchconfiguration', 'IamInstanceProfile', '"web-profile"') },
    { name: 'value known only at apply time', code: env(ns, 'DB_PASSWORD', 'random_password.db.result') },
  ],
  bad: [
    { name: 'literal password', code: env(ns, 'DB_PASSWORD', '"Tr0ub4dor3"'), findings: [{ messageId: 'secret', line: 7, column: 17, endColumn: 29, suggestions: [] }] },
    {
      name: 'configuration template, token from a variable default',
      code: 'resource "aws_elastic_beanstalk_configuration_template" "t" {\n  setting {\n    namespace = "aws:elasticbeanstalk:application:environment"\n    name      = "API_TOKEN"\n    value     = var.token\n  }\n}\n',
      files: { 'variables.tf': 'variable "token" {\n  default = "9f8e7d6c5b4a3921"\n}\n' },
      findings: [{ messageId: 'secret', line: 5, column: 17, endColumn: 26, related: ['variables.tf:2:13'] }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_elastic_beanstalk_environment": {"web": {"setting": [{"namespace": "aws:elasticbeanstalk:application:environment", "name": "DB_PASSWORD", "value": "Tr0ub4dor3"}]}}}}\n',
      findings: [{ messageId: 'secret', line: 1, column: 167, endColumn: 179 }],
    },
  ],
});
