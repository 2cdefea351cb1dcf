import rule from '../../../rules/terraform/tf-067-mq-literal-user-password';
import { ruleTester } from '../../helpers/rule-tester';

const broker = (users: string) => `resource "aws_mq_broker" "events" {\n  broker_name = "events"\n${users}}\n`;
const user = (password: string) => `\n  user {\n    username = "app"\n    password = ${password}\n  }\n`;

ruleTester(rule, {
  good: [
    { name: 'generated password', code: broker(user('random_password.mq.result')) },
    { name: 'variable without a value', code: broker(user('var.mq_password')) },
  ],
  bad: [
    { name: 'literal password', code: broker(user('"Tr0ub4dor&3x"')), findings: [{ messageId: 'literal', line: 6, column: 16, endColumn: 30 }] },
    { name: 'second of two users', code: broker(user('random_password.mq.result') + user('"Tr0ub4dor&3x"')), findings: [{ messageId: 'literal', line: 11, column: 16, endColumn: 30 }] },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_mq_broker": {"events": {"user": [{"username": "app", "password": "Tr0ub4dor&3x"}]}}}}\n',
      findings: [{ messageId: 'literal', line: 1, column: 85, endColumn: 99 }],
    },
  ],
});
