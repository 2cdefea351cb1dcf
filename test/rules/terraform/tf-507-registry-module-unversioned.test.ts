import rule from '../../../rules/terraform/tf-507-registry-module-unversioned';
import { ruleTester } from '../../helpers/rule-tester';

const call = (source: string, body = '') => `module "vpc" {\n  source = "${source}"\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: 'version constraint', code: call('terraform-aws-modules/vpc/aws', '  version = "~> 6.0"\n') },
    { name: 'exact version from a private registry', code: call('app.terraform.io/acme/vpc/aws', '  version = "1.2.3"\n') },
    { name: 'local module', code: call('../modules/vpc') },
    { name: 'Git module (TF-506)', code: call('github.com/acme/vpc') },
    { name: 'S3 archive', code: call('s3::https://s3-eu-west-1.amazonaws.com/acme-modules/vpc.zip') },
  ],
  bad: [
    {
      name: 'no version',
      code: call('terraform-aws-modules/vpc/aws'),
      findings: [{ messageId: 'noVersion', line: 2, column: 12, endColumn: 43 }],
    },
    { name: 'submodule without a version', code: call('terraform-aws-modules/iam/aws//modules/iam-role'), findings: [{ messageId: 'noVersion', line: 2, column: 12 }] },
    { name: 'private registry without a version', code: call('app.terraform.io/acme/vpc/aws'), findings: [{ messageId: 'noVersion', line: 2, column: 12 }] },
    { name: 'empty version', code: call('terraform-aws-modules/vpc/aws', '  version = ""\n'), findings: [{ messageId: 'noVersion', line: 2, column: 12 }] },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{\n  "module": {\n    "vpc": { "source": "terraform-aws-modules/vpc/aws" }\n  }\n}\n',
      findings: [{ messageId: 'noVersion', line: 3, column: 24 }],
    },
  ],
});
