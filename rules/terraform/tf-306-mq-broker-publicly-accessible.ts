import { defineRule } from '../api';
import { awsDoc, notPublic, publicEndpointRule } from '../shared/aws-network';

export default defineRule({
  id: 'TF-306',
  title: 'Do not make Amazon MQ brokers publicly accessible',
  ...publicEndpointRule(),
  docs: {
    rationale:
      'A publicly accessible broker accepts connections and serves its web console on a public endpoint, so anyone who ' +
      'guesses or phishes a broker user can read and inject messages. The default is false; the provider replaces the broker ' +
      'to change it.',
    remediation: 'Set publicly_accessible = false, place the broker in private subnets and reach it from the VPC or through a VPN.',
    links: [
      awsDoc('aws_mq_broker', 'publicly_accessible'),
      { title: 'Amazon MQ security best practices', url: 'https://docs.aws.amazon.com/amazon-mq/latest/developer-guide/using-amazon-mq-securely.html' },
    ],
  },
  messages: {
    public: 'publicly_accessible = true exposes this broker and its console on a public endpoint.',
  },
  examples: {
    bad: 'resource "aws_mq_broker" "events" {\n  broker_name         = "events"\n  engine_type         = "RabbitMQ"\n  publicly_accessible = true\n}\n',
    good: 'resource "aws_mq_broker" "events" {\n  broker_name = "events"\n  engine_type = "RabbitMQ"\n}\n',
  },
  check: notPublic(['aws_mq_broker'], 'publicly_accessible', 'public', { replacesResource: true }),
});
