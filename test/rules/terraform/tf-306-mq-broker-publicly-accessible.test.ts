import rule from '../../../rules/terraform/tf-306-mq-broker-publicly-accessible';
import { publicFlagCases } from '../../helpers/public-flag-cases';
import { ruleTester } from '../../helpers/rule-tester';

const resource = (body: string) => `resource "aws_mq_broker" "events" {\n  broker_name = "events"\n  engine_type = "RabbitMQ"\n${body}}\n`;
const shared = publicFlagCases({ resource, lines: 3, type: 'aws_mq_broker', name: 'events', flag: 'publicly_accessible', title: 'Set publicly_accessible = false (the provider replaces the resource)' });

ruleTester(rule, {
  good: [...shared.good],
  bad: [...shared.bad],
});
