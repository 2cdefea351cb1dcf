import rule from '../../../rules/terraform/tf-506-git-module-unpinned';
import { ruleTester } from '../../helpers/rule-tester';

const call = (source: string) => `module "network" {\n  source = "${source}"\n}\n`;

ruleTester(rule, {
  good: [
    { name: 'tag', code: call('git::https://github.com/acme/terraform-network.git?ref=v1.4.2') },
    { name: 'commit', code: call('git::https://github.com/acme/terraform-network.git//modules/vpc?ref=4f1c2a9e0b7d3c5f8a6e2d1b9c0a7f3e5d2b1c4a') },
    { name: 'GitHub shorthand with a tag', code: call('github.com/acme/terraform-network?ref=1.0.0') },
    { name: 'SSH with a tag and depth', code: call('git@github.com:acme/terraform-network.git?depth=1&ref=v2.0.0') },
    { name: 'local module', code: call('./modules/network') },
    { name: 'registry module', code: call('terraform-aws-modules/vpc/aws') },
    { name: 'archive over HTTPS', code: call('https://example.com/network.zip') },
  ],
  bad: [
    {
      name: 'git:: without a ref',
      code: call('git::https://github.com/acme/terraform-network.git'),
      findings: [{ messageId: 'noRef', line: 2, column: 12, endColumn: 64 }],
    },
    { name: 'GitHub shorthand without a ref', code: call('github.com/acme/terraform-network//modules/vpc'), findings: [{ messageId: 'noRef', line: 2, column: 12 }] },
    { name: 'SSH without a ref', code: call('git@github.com:acme/terraform-network.git'), findings: [{ messageId: 'noRef', line: 2, column: 12 }] },
    { name: 'Bitbucket shorthand without a ref', code: call('bitbucket.org/acme/terraform-network'), findings: [{ messageId: 'noRef', line: 2, column: 12 }] },
    { name: 'empty ref', code: call('git::ssh://git@example.com/network.git?ref='), findings: [{ messageId: 'noRef', line: 2, column: 12 }] },
    { name: 'branch ref', code: call('git::https://github.com/acme/terraform-network.git?ref=main'), findings: [{ messageId: 'branchRef', line: 2, column: 12 }] },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{\n  "module": {\n    "network": { "source": "git::https://github.com/acme/terraform-network.git" }\n  }\n}\n',
      findings: [{ messageId: 'noRef', line: 3, column: 28 }],
    },
  ],
});
