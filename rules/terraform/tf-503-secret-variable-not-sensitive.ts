import { asBool, defineRule, type TerraformModule } from '../api';
import { insertAttribute, replaceValue } from '../shared/terraform-edits';
import { moduleFor } from '../shared/terraform-evaluated';
import { secretVariables, staticCredentials } from '../shared/terraform-secrets';

/**
 * True when an output that is not sensitive refers to the variable, directly or through a
 * local: marking the variable sensitive would make Terraform reject that output.
 */
function shownByOutput(module: TerraformModule, name: string): boolean {
  const reference = `var.${name}`;
  const locals = new Set(
    module.configFiles.flatMap((file) =>
      file.blocks
        .filter((block) => block.type === 'locals')
        .flatMap((block) => block.attributes.filter((a) => a.value.kind === 'expression' && a.value.references.some((r) => r === reference || r.startsWith(`${reference}.`))))
        .map((a) => `local.${a.name}`),
    ),
  );
  return module.configFiles.some((file) =>
    file.blocks.some((block) => {
      if (block.type !== 'output' || block.attribute('sensitive')) return false;
      const value = block.attribute('value')?.value;
      if (value?.kind !== 'expression') return false;
      return value.references.some((r) => [reference, ...locals].some((used) => r === used || r.startsWith(`${used}.`) || r.startsWith(`${used}[`)));
    }),
  );
}

export default defineRule({
  id: 'TF-503',
  title: 'Mark secret variables sensitive',
  target: 'terraform',
  severity: 'low',
  preset: 'strict',
  requirements: ['1.1'],
  frameworks: staticCredentials(),
  docs: {
    rationale:
      'Terraform prints the value of a variable that is not sensitive in plans and in the output of every resource ' +
      'argument it feeds, so a password or token passed at run time lands in CI logs. sensitive = true redacts it ' +
      '(the value still goes to the state, which needs its own protection). Ephemeral variables are not stored and are ' +
      'accepted.',
    remediation: 'Add sensitive = true to the variable, and to the outputs that pass it on.',
    links: [
      { title: 'Input variables: sensitive', url: 'https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output' },
      { title: 'Ephemeral variables', url: 'https://developer.hashicorp.com/terraform/language/values/variables#exclude-values-from-state' },
    ],
  },
  messages: {
    missing: 'Variable "{{name}}" holds a secret but is not sensitive: plans and logs print its value.',
    disabled: 'Variable "{{name}}" holds a secret but sensitive = false: plans and logs print its value.',
  },
  examples: {
    bad: 'variable "db_password" {\n  type = string\n}\n',
    good: 'variable "db_password" {\n  type      = string\n  sensitive = true\n}\n',
  },
  check({ file, module, report }) {
    const project = moduleFor(file, module);
    for (const variable of secretVariables(file)) {
      const name = variable.labels[0].value;
      const ephemeral = variable.attribute('ephemeral');
      if (ephemeral && asBool(project.evaluate(ephemeral.value, file)) !== false) continue;
      const sensitive = variable.attribute('sensitive');
      const value = sensitive ? asBool(project.evaluate(sensitive.value, file)) : false;
      if (value !== false) continue;
      const title = 'Mark the variable sensitive';
      const edit = sensitive ? (sensitive.value.kind === 'bool' ? replaceValue(sensitive.value, true, title) : undefined) : insertAttribute(file, variable, 'sensitive', true, title);
      // A fix only when no output shows the value: Terraform rejects an output of a sensitive value that is not marked sensitive itself.
      const safe = edit && !shownByOutput(project, name);
      report({
        at: sensitive ? sensitive.value.range : variable.labels[0].range,
        messageId: sensitive ? 'disabled' : 'missing',
        data: { name },
        ...(safe ? { fix: edit } : { suggest: edit ? [edit] : [] }),
      });
    }
  },
});
