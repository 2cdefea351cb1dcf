import { asString, defineRule, isLocked, normalizeProviderSource } from '../api';
import { moduleFor } from '../shared/terraform-evaluated';
import { pinnedDependencies } from '../shared/module-sources';

export default defineRule({
  id: 'TF-512',
  title: 'Constrain the version of required providers',
  target: 'terraform',
  severity: 'low',
  preset: 'strict',
  requirements: ['4.4'],
  frameworks: pinnedDependencies(),
  docs: {
    rationale:
      'A provider in required_providers without a version constraint, and without a .terraform.lock.hcl that selects ' +
      'one, is installed at its newest release on every init: a new major version renames and removes arguments and ' +
      'changes defaults (azurerm 4.0 and 5.0, google 6.0, aws 6.0), so a plan that was reviewed is no longer what runs. ' +
      'Modules should state the versions they were written for; root modules should also commit the lock file. In the ' +
      'strict preset: a root module that calls modules with constraints of their own (examples of a module, typically) ' +
      'gets those, which this check does not follow.',
    remediation: 'Add version = "~> X.Y" (a root module) or ">= X.Y" (a shared module) to the entry, and commit .terraform.lock.hcl in root modules.',
    links: [
      { title: 'Provider requirements: version constraints', url: 'https://developer.hashicorp.com/terraform/language/providers/requirements#version-constraints' },
      { title: 'Dependency lock file', url: 'https://developer.hashicorp.com/terraform/language/files/dependency-lock' },
    ],
  },
  messages: {
    noVersion: 'Provider "{{name}}" ({{source}}) has no version constraint and no locked version: every init installs its newest release.',
  },
  examples: {
    bad: 'terraform {\n  required_providers {\n    aws = {\n      source = "hashicorp/aws"\n    }\n  }\n}\n',
    good: 'terraform {\n  required_providers {\n    aws = {\n      source  = "hashicorp/aws"\n      version = ">= 5.0"\n    }\n  }\n}\n',
  },
  check({ file, module, report }) {
    const settings = file.blocks.filter((block) => block.type === 'terraform');
    if (settings.length === 0) return;
    const project = moduleFor(file, module);
    for (const required of settings.flatMap((terraform) => terraform.blocksOf('required_providers'))) {
      for (const attribute of required.attributes) {
        const value = project.evaluate(attribute.value, file);
        // The 0.12 form `aws = "~> 5.0"` is a constraint.
        if (value.kind !== 'object') continue;
        const version = value.entries.get('version');
        if (version && !(version.kind === 'string' && version.value.trim() === '') && version.kind !== 'null') continue;
        const source = normalizeProviderSource(asString(value.entries.get('source')) ?? attribute.name);
        // Terraform's built-in provider has no versions of its own.
        if (source === 'terraform.io/builtin/terraform' || isLocked(project, source)) continue;
        // No edit: the versions the configuration was written for are the author's to state.
        report({ at: attribute.nameRange, messageId: 'noVersion', data: { name: attribute.name, source } });
      }
    }
  },
});
