import { asString, defineRule, type BlockView } from '../api';
import { ignoresChanges, isLiteralSecret, literalSecretRule, withArticle } from '../shared/aws-data';
import { findSecretTokens, isSecretName } from '../shared/secrets';
import { replaceValue } from '../shared/terraform-edits';
import { attributeOf, moduleFor, resourceInstances } from '../shared/terraform-evaluated';
import { isOverrideFile } from '../shared/terraform-values';

/**
 * The parameter's name (`/app/prod/db_password`): its value, or, when parts of it are only known
 * at apply time, the text written around the interpolations (`"/${var.env}/db/password"`).
 */
function parameterName(parameter: BlockView): string | undefined {
  const known = asString(parameter.value('name'));
  if (known !== undefined) return known;
  const written = parameter.attribute('name')?.value;
  if (written?.kind !== 'expression' || written.expr?.type !== 'template') return undefined;
  return written.expr.parts.map((part) => (typeof part === 'string' ? part : '/')).join('');
}

export default defineRule({
  id: 'TF-034',
  title: 'Keep secrets in SSM Parameter Store as SecureString, with the value out of the configuration',
  ...literalSecretRule(),
  severity: 'medium',
  docs: {
    rationale:
      'A String or StringList parameter is stored and returned in clear text, readable by anyone with ' +
      'ssm:GetParameter and shown in the console: a parameter whose name says it holds a password, token or key must be ' +
      'a SecureString, encrypted with KMS. Whatever its type, a secret value written in the configuration (a literal, a ' +
      'variable default, a tfvars entry, or any value that matches a known credential format) is committed with the ' +
      'code. Values generated or passed in at apply time are not reported, nor a placeholder that lifecycle ' +
      'ignore_changes leaves to be set outside Terraform.',
    remediation:
      'Set type = "SecureString" (optionally with a customer-managed key_id), and give the value at apply time: ' +
      'value_wo with value_wo_version (Terraform 1.11 and later), a generated value, or set it outside Terraform.',
    links: [
      { title: 'aws_ssm_parameter', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ssm_parameter' },
      { title: 'SecureString parameters', url: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/sysman-paramstore-securestring.html' },
    ],
  },
  messages: {
    plainType: 'Parameter "{{name}}" looks like a secret but is a {{type}}, stored and shown in clear text; make it a SecureString.',
    literal: 'The value of this parameter is a secret written in the configuration ({{what}}).',
  },
  examples: {
    bad: 'resource "aws_ssm_parameter" "db" {\n  name  = "/app/db_password"\n  type  = "String"\n  value = random_password.db.result\n}\n',
    good: 'resource "aws_ssm_parameter" "db" {\n  name  = "/app/db_password"\n  type  = "SecureString"\n  value = random_password.db.result\n}\n',
  },
  check({ file, module, report }) {
    if (isOverrideFile(file)) return;
    const project = moduleFor(file, module);
    for (const parameter of resourceInstances(project, file, 'aws_ssm_parameter')) {
      // The whole path counts: `/prod/database/password/master` holds a password, `/kms/key_arn` does not.
      const name = parameterName(parameter);
      const secretName = name !== undefined && isSecretName(name);
      const type = attributeOf(parameter, 'type');
      const typeName = type && asString(type.value);
      if (secretName && type && (typeName === 'String' || typeName === 'StringList')) {
        // A suggestion: readers must ask for decryption (WithDecryption) and need kms:Decrypt.
        const suggest = type.literal ? [replaceValue(type.literal, 'SecureString', 'Store it as a SecureString')] : [];
        report({ at: type.at, messageId: 'plainType', data: { name: name!, type: typeName }, value: type.value, suggest });
      }
      for (const argument of ['value', 'insecure_value']) {
        const value = attributeOf(parameter, argument);
        if (!value || !isLiteralSecret(value.value) || ignoresChanges(parameter, argument)) continue;
        const tokens = value.value.kind === 'string' ? findSecretTokens(value.value.value) : [];
        if (!secretName && tokens.length === 0) continue;
        const what = tokens.length > 0 ? withArticle(tokens[0].kind) : `the name "${name}" says it is secret`;
        report({ at: value.at, messageId: 'literal', data: { what }, value: value.value });
      }
    }
  },
});
