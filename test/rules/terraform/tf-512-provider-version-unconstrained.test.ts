import rule from '../../../rules/terraform/tf-512-provider-version-unconstrained';
import { ruleTester } from '../../helpers/rule-tester';

const required = (entries: string) => `terraform {\n  required_providers {\n${entries}  }\n}\n`;
const lock = 'provider "registry.terraform.io/hashicorp/aws" {\n  version = "6.2.0"\n}\n';

ruleTester(rule, {
  good: [
    { name: 'version constraint', code: required('    aws = {\n      source  = "hashicorp/aws"\n      version = ">= 5.0"\n    }\n') },
    { name: '0.12 string form', code: required('    aws = "~> 5.0"\n') },
    { name: 'locked by .terraform.lock.hcl', code: required('    aws = {\n      source = "hashicorp/aws"\n    }\n'), files: { '.terraform.lock.hcl': lock } },
    { name: 'version from a value not known here', code: required('    aws = {\n      source  = "hashicorp/aws"\n      version = local.aws\n    }\n') },
  ],
  bad: [
    {
      name: 'no version',
      code: required('    aws = {\n      source = "hashicorp/aws"\n    }\n'),
      findings: [{ messageId: 'noVersion', line: 3, column: 5, endColumn: 8 }],
    },
    {
      name: 'the lock file locks another provider',
      code: required('    google = {\n      source = "hashicorp/google"\n    }\n'),
      files: { '.terraform.lock.hcl': lock },
      findings: [{ messageId: 'noVersion', line: 3, column: 5 }],
    },
    { name: 'empty version', code: required('    kubernetes = { source = "hashicorp/kubernetes", version = "" }\n'), findings: [{ messageId: 'noVersion', line: 3, column: 5 }] },
    {
      name: 'JSON syntax',
      filename: 'versions.tf.json',
      code: '{\n  "terraform": {\n    "required_providers": {\n      "aws": { "source": "hashicorp/aws" }\n    }\n  }\n}\n',
      findings: [{ messageId: 'noVersion', line: 4, column: 7 }],
    },
  ],
});
