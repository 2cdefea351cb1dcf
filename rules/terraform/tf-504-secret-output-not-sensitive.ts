import { asBool, defineRule, type TfBlock } from '../api';
import { insertAttribute } from '../shared/terraform-edits';
import { moduleFor } from '../shared/terraform-evaluated';
import { isSecretArgument, staticCredentials } from '../shared/terraform-secrets';

/** Attributes that identify a secret rather than hold it: an output of only these shows no secret. */
const identifying = new Set(['id', 'arn', 'name', 'ids', 'arns', 'names', 'url', 'uri', 'endpoint', 'version', 'version_id', 'secret_id', 'key_id']);

/**
 * The last names of the traversals an output's value makes (`aws_iam_access_key.ci.secret` →
 * `secret`, `var.db_password` → `db_password`, `x.master_user_secret[0].secret_arn` →
 * `secret_arn`), read from its text so that JSON syntax counts too.
 */
function referencedNames(text: string): string[] {
  const names: string[] = [];
  // Each match consumes a whole name and its steps, so the scan moves on past it: linear.
  for (const [traversal] of text.matchAll(/[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*|\[[^\][]*\])*/g)) {
    const rootEnd = traversal.search(/[.[]/);
    if (rootEnd < 0) continue;
    const root = traversal.slice(0, rootEnd);
    if (['path', 'count', 'each', 'self', 'terraform'].includes(root)) continue;
    const steps = traversal.slice(rootEnd).replace(/\[[^\][]*\]/g, '').split('.').filter(Boolean);
    // `aws_x.hf_token` is a whole resource named by the author: only an attribute of it says what it holds.
    const named = root === 'var' || root === 'local' ? 1 : root === 'data' ? 3 : 2;
    if (steps.length >= named) names.push(steps[steps.length - 1]);
  }
  return names;
}

/** What makes an output show a secret: a reference to a secret argument, or a secret name over a value that is not an identifier. */
function secretShown(output: TfBlock): { messageId: 'secretValue' | 'secretName'; what: string } | undefined {
  const value = output.attribute('value')?.value;
  if (!value) return undefined;
  const references = value.kind === 'expression' ? referencedNames(value.text) : [];
  const secret = references.find((name) => isSecretArgument(name));
  if (secret) return { messageId: 'secretValue', what: secret };
  const name = output.labels[0]?.value ?? '';
  if (!isSecretArgument(name) || references.length === 0) return undefined;
  return references.every((name) => identifying.has(name)) ? undefined : { messageId: 'secretName', what: name };
}

export default defineRule({
  id: 'TF-504',
  title: 'Mark outputs that carry secrets sensitive',
  target: 'terraform',
  severity: 'low',
  preset: 'strict',
  requirements: ['1.1'],
  frameworks: staticCredentials(),
  docs: {
    rationale:
      'terraform apply and terraform output print every output that is not sensitive, so an output of a password, key ' +
      'or token (a reference to one, or an output named for one) lands in CI logs. Terraform rejects outputs of values ' +
      'it already knows are sensitive; this also catches the values it does not know about, such as a variable that is ' +
      'not marked. Outputs of identifiers (ARNs, ids, names of secrets) are not reported.',
    remediation: 'Add sensitive = true to the output (callers of the module then see it as sensitive too), or stop exporting the secret.',
    links: [
      { title: 'Output values: sensitive', url: 'https://developer.hashicorp.com/terraform/language/values/outputs#sensitive-suppressing-values-in-cli-output' },
    ],
  },
  messages: {
    secretValue: 'Output "{{name}}" shows the value of {{what}} but is not sensitive: apply and terraform output print it.',
    secretName: 'Output "{{name}}" carries a secret but is not sensitive: apply and terraform output print it.',
  },
  examples: {
    bad: 'output "ci_secret_key" {\n  value = aws_iam_access_key.ci.secret\n}\n',
    good: 'output "ci_secret_key" {\n  value     = aws_iam_access_key.ci.secret\n  sensitive = true\n}\n',
  },
  check({ file, module, report }) {
    const outputs = file.blocks.filter((block) => block.type === 'output' && block.labels[0]);
    if (outputs.length === 0) return;
    const project = moduleFor(file, module);
    for (const output of outputs) {
      const flags = ['sensitive', 'ephemeral'].map((name) => output.attribute(name));
      if (flags.some((flag) => flag && asBool(project.evaluate(flag.value, file)) !== false)) continue;
      const shown = secretShown(output);
      if (!shown) continue;
      // A suggestion: callers that pass the output on to outputs of their own must mark those too.
      const sensitive = output.attribute('sensitive');
      const edit = sensitive ? undefined : insertAttribute(file, output, 'sensitive', true, 'Mark the output sensitive');
      report({ at: output.labels[0].range, messageId: shown.messageId, data: { name: output.labels[0].value, what: shown.what }, suggest: edit ? [edit] : [] });
    }
  },
});
