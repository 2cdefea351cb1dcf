import { defineRule } from '../api';
import { literalSecretCheck, literalSecretRule } from '../shared/aws-data';

export default defineRule({
  id: 'TF-067',
  title: 'Do not write Amazon MQ user passwords in the configuration',
  ...literalSecretRule(),
  docs: {
    rationale:
      'Each user block of an Amazon MQ broker carries the user\'s password; written as a literal, a variable default or ' +
      'a tfvars entry it is committed with the code, and anyone who reads the repository can connect to the broker, ' +
      'console users included. A password from random_password or passed at apply time is not reported.',
    remediation: 'Generate the password (random_password), keep a copy in Secrets Manager for the clients, or use LDAP authentication for ActiveMQ.',
    links: [
      { title: 'aws_mq_broker', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/mq_broker#password' },
      { title: 'Amazon MQ security best practices', url: 'https://docs.aws.amazon.com/amazon-mq/latest/developer-guide/using-amazon-mq-securely.html' },
    ],
  },
  messages: {
    literal: 'The password of this broker user is written in the configuration; generate it and keep it in Secrets Manager.',
  },
  examples: {
    bad: 'resource "aws_mq_broker" "events" {\n  broker_name = "events"\n\n  user {\n    username = "app"\n    password = "Tr0ub4dor&3x"\n  }\n}\n',
    good: 'resource "aws_mq_broker" "events" {\n  broker_name = "events"\n\n  user {\n    username = "app"\n    password = random_password.mq.result\n  }\n}\n',
  },
  check: literalSecretCheck([{ resources: ['aws_mq_broker'], path: 'user.password' }], 'literal'),
});
