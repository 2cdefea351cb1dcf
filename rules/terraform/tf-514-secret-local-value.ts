import { defineRule } from '../api';
import { moduleFor } from '../shared/terraform-evaluated';
import { isSecretArgument, secretInConfiguration, writtenSecret } from '../shared/terraform-secrets';

export default defineRule({
  id: 'TF-514',
  title: 'Keep secrets out of locals',
  severity: 'high',
  preset: 'recommended',
  ...secretInConfiguration(),
  docs: {
    rationale:
      'A local named for a secret (db_password, api_token, client_secret) with a written value puts the secret in the ' +
      'repository and its history, whichever resources, templates or scripts it then feeds; it is reported once, here, ' +
      'not at each use. Placeholders and values that are no secret (paths, ARNs) are not reported.',
    remediation: 'Generate the value (random_password) or read it from a secret store (a data source or an ephemeral resource), and rotate the exposed secret.',
    links: [
      { title: 'Manage sensitive data in Terraform', url: 'https://developer.hashicorp.com/terraform/language/manage-sensitive-data' },
      { title: 'Local values', url: 'https://developer.hashicorp.com/terraform/language/values/locals' },
    ],
  },
  messages: {
    literal: 'Local "{{name}}" holds a secret written in the configuration.',
  },
  examples: {
    bad: 'locals {\n  db_password = "Pr0d-Passw0rd!"\n}\n',
    good: 'locals {\n  db_password = random_password.db.result\n}\n',
  },
  check({ file, module, report }) {
    const blocks = file.blocks.filter((block) => block.type === 'locals');
    if (blocks.length === 0) return;
    const project = moduleFor(file, module);
    for (const attribute of blocks.flatMap((block) => block.attributes)) {
      if (!isSecretArgument(attribute.name)) continue;
      const value = project.local(attribute.name);
      // Only what is written in the local itself: a value from a variable is the variable's (TF-502).
      if (value.origin?.path !== file.path || writtenSecret(project, value, attribute.name, file) === undefined) continue;
      // No edit: the replacement (a generated value, a secret store) is the author's choice.
      report({ at: attribute.value.range, messageId: 'literal', data: { name: attribute.name } });
    }
  },
});
