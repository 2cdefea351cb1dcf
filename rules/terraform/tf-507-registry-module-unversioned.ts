import { defineRule } from '../api';
import { moduleSources, pinnedDependencies, sourceKind } from '../shared/module-sources';

export default defineRule({
  id: 'TF-507',
  title: 'Constrain the version of registry modules',
  target: 'terraform',
  severity: 'low',
  preset: 'recommended',
  requirements: ['4.4'],
  frameworks: pinnedDependencies(),
  docs: {
    rationale:
      'A registry module without version installs the newest release at every terraform init (the dependency lock file ' +
      'records providers, not modules), so a new major version with other defaults, or a compromised release, is applied ' +
      'without review.',
    remediation: 'Add version = "~> X.Y" (or an exact version) to the module block and raise it deliberately.',
    links: [
      { title: 'Module blocks: version', url: 'https://developer.hashicorp.com/terraform/language/modules/syntax#version' },
    ],
  },
  messages: {
    noVersion: 'Registry module "{{name}}" ({{source}}) has no version: every init installs its newest release.',
  },
  examples: {
    bad: 'module "vpc" {\n  source = "terraform-aws-modules/vpc/aws"\n}\n',
    good: 'module "vpc" {\n  source  = "terraform-aws-modules/vpc/aws"\n  version = "~> 6.0"\n}\n',
  },
  check({ file, report }) {
    for (const { block, source } of moduleSources(file)) {
      if (sourceKind(source.value) !== 'registry') continue;
      const version = block.attribute('version')?.value;
      if (version && version.kind !== 'null' && !(version.kind === 'string' && version.value.trim() === '')) continue;
      // No edit: the version to allow is the author's choice.
      report({ at: source.range, messageId: 'noVersion', data: { name: block.labels[0]?.value ?? '', source: source.value } });
    }
  },
});
