import rule from '../../../rules/terraform/tf-145-ecs-image-not-pinned';
import { ruleTester } from '../../helpers/rule-tester';

const task = (definitions: string) => `resource "aws_ecs_task_definition" "app" {\n  family = "app"\n  container_definitions = ${definitions}\n}\n`;
const image = (value: string) => `jsonencode([{\n    name  = "app"\n    image = ${value}\n  }])`;

ruleTester(rule, {
  good: [
    { name: 'version tag', code: task(image('"123456789012.dkr.ecr.eu-west-1.amazonaws.com/app:1.4.2"')) },
    { name: 'digest', code: task(image('"nginx@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"')) },
    { name: 'latest with a digest', code: task(image('"nginx:latest@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"')) },
    { name: 'registry with a port, version tag', code: task(image('"localhost:5000/app:2"')) },
    { name: 'image not known', code: task(image('"${aws_ecr_repository.app.repository_url}:latest"')) },
    { name: 'tag from a variable without a value', code: task(image('"nginx:${var.tag}"')) },
  ],
  bad: [
    { name: 'latest', code: task(image('"nginx:latest"')), findings: [{ messageId: 'latest', line: 5, column: 13, endColumn: 27 }] },
    { name: 'no tag', code: task(image('"123456789012.dkr.ecr.eu-west-1.amazonaws.com/app"')), findings: [{ messageId: 'untagged', line: 5, column: 13, endColumn: 63 }] },
    { name: 'registry with a port, no tag', code: task(image('"localhost:5000/app"')), findings: [{ messageId: 'untagged', line: 5, column: 13 }] },
    {
      name: 'latest from a variable default',
      code: task(image('"nginx:${var.tag}"')),
      files: { 'variables.tf': 'variable "tag" {\n  default = "latest"\n}\n' },
      findings: [{ messageId: 'latest', line: 5, column: 13 }],
    },
    {
      name: 'heredoc',
      code: task('<<EOF\n[{"name": "app", "image": "nginx"}]\nEOF'),
      trailingSpaceVariant: false,
      findings: [{ messageId: 'untagged', line: 4, column: 27, endColumn: 34 }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "aws_ecs_task_definition": {\n      "app": { "family": "app", "container_definitions": "[{\\"name\\": \\"app\\", \\"image\\": \\"nginx:latest\\"}]" }\n    }\n  }\n}\n',
      findings: [{ messageId: 'latest', line: 4, column: 58 }],
    },
  ],
});
