import { defineRule } from '../api';
import { removeAttribute } from '../shared/terraform-edits';
import { moduleFor } from '../shared/terraform-evaluated';
import { isSecretArgument, secretInConfiguration, secretVariables, writtenSecret } from '../shared/terraform-secrets';

export default defineRule({
  id: 'TF-502',
  title: 'Give secret variables no default value',
  severity: 'high',
  preset: 'recommended',
  ...secretInConfiguration(),
  docs: {
    rationale:
      'A variable named for a secret (db_password, client_secret, api_token) with a written default, or with its value in ' +
      'a committed tfvars file, puts the secret in the repository and its history, and every plan that forgets to pass ' +
      'another value uses it. Placeholders (changeme, empty strings, <token>) and values that are no secret (paths, ARNs) ' +
      'are not reported.',
    remediation:
      'Remove the default and pass the value at run time (TF_VAR_ environment variable, a secret store, or an ephemeral ' +
      'value), or generate it with random_password; keep tfvars files with secrets out of the repository.',
    links: [
      { title: 'Input variables: sensitive', url: 'https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output' },
      { title: 'Variables on the command line and in environment variables', url: 'https://developer.hashicorp.com/terraform/language/values/variables#environment-variables' },
    ],
  },
  messages: {
    defaultValue: 'Variable "{{name}}" holds a secret and has it written as its default.',
    tfvarsValue: 'Variable "{{name}}" holds a secret, and this file writes its value.',
  },
  examples: {
    bad: 'variable "db_password" {\n  type    = string\n  default = "Pr0d-Passw0rd!"\n}\n',
    good: 'variable "db_password" {\n  type      = string\n  sensitive = true\n}\n',
  },
  check({ file, module, report }) {
    const project = moduleFor(file, module);
    if (file.variablesFile) {
      // No edit: without the value the variable may be required, and the value has to go somewhere else first.
      for (const attribute of file.attributes) {
        if (!isSecretArgument(attribute.name)) continue;
        const value = project.evaluate(attribute.value, file);
        if (writtenSecret(project, value, attribute.name, file) !== undefined) report({ at: attribute.value.range, messageId: 'tfvarsValue', data: { name: attribute.name } });
      }
      return;
    }
    for (const variable of secretVariables(file)) {
      const fallback = variable.attribute('default');
      const name = variable.labels[0].value;
      if (!fallback || writtenSecret(project, project.evaluate(fallback.value, file), name, file) === undefined) continue;
      // A suggestion: callers that relied on the default must then pass a value.
      const suggest = [removeAttribute(file, fallback, 'Remove the default')];
      report({ at: fallback.value.range, messageId: 'defaultValue', data: { name }, suggest });
    }
  },
});
