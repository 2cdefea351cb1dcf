import { defineRule, rangeContains, type Position, type TerraformFile, type TfAttribute, type TfBlock } from '../api';
import { findSecretTokens, withArticle } from '../shared/secrets';
import { dedicatedSecretArguments, isSecretArgument, secretInConfiguration } from '../shared/terraform-secrets';

const tokenPrefixes = /AKIA|ASIA|ABIA|ACCA|A3T|-----BEGIN |LS0tLS1CRUdJTi|AIza|AccountKey=|Q~|sig=|gh[pousr]_|github_pat_|glpat-|xox|_live_|npm_|hvs\.|\.atlasv1\.|"auth"|eyJ/;

/** The address of a block's arguments: undefined outside resources, the resource type, then nested block types. */
function childPath(block: TfBlock, path: string[] | undefined): string[] | undefined {
  if (path === undefined) return block.type === 'resource' && block.labels[0] ? [block.labels[0].value] : undefined;
  if (block.type === 'content') return path;
  if (block.type === 'dynamic') return block.labels[0] ? [...path, block.labels[0].value] : path;
  return [...path, block.type];
}

/**
 * The innermost argument (or object member) written around a position, and its address
 * (`type.block.argument` for arguments of resources).
 */
function argumentAt(file: TerraformFile, at: Position): { name: string; address?: string } | undefined {
  const point = { start: at, end: at };
  const inAttributes = (attributes: readonly TfAttribute[], path: string[] | undefined) => {
    const attribute = attributes.find((a) => rangeContains(a.range, point));
    if (!attribute) return undefined;
    const value = attribute.value;
    const member = value.kind === 'object' ? value.entries.find((e) => rangeContains(e.range, point)) : undefined;
    return { name: member?.key ?? attribute.name, address: path && [...path, attribute.name].join('.') };
  };
  const inBlocks = (blocks: readonly TfBlock[], path: string[] | undefined): { name: string; address?: string } | undefined => {
    const block = blocks.find((b) => rangeContains(b.range, point));
    if (!block) return undefined;
    const inner = childPath(block, path);
    return inBlocks(block.blocks, inner) ?? inAttributes(block.attributes, inner);
  };
  return inBlocks(file.blocks, undefined) ?? inAttributes(file.attributes, undefined);
}

export default defineRule({
  id: 'TF-509',
  title: 'Keep credentials of known formats out of Terraform files',
  severity: 'critical',
  preset: 'recommended',
  ...secretInConfiguration(),
  docs: {
    rationale:
      'Credentials have published formats (AWS access key ids, private key blocks, GitHub, GitLab, Slack, Stripe, npm and ' +
      'Terraform Cloud tokens, Azure storage keys and SAS signatures, Google API keys): one anywhere in a Terraform file ' +
      '(a user_data script, a JSON policy, a heredoc, a comment) is a secret in the repository. Values of arguments named ' +
      'for a secret are left to the rules for providers, backends, variables and resources, which judge them by name.',
    remediation: 'Remove the credential, read it at apply time from a secret store or an ephemeral value, and rotate it.',
    links: [
      { title: 'Manage sensitive data in Terraform', url: 'https://developer.hashicorp.com/terraform/language/manage-sensitive-data' },
      { title: 'GitHub: supported secret scanning patterns', url: 'https://docs.github.com/en/code-security/secret-scanning/introduction/supported-secret-scanning-patterns' },
    ],
  },
  messages: {
    token: 'This looks like {{kind}}: a credential written in the repository.',
  },
  examples: {
    bad: 'resource "google_compute_instance" "app" {\n  name                    = "app"\n  metadata_startup_script = "export GITHUB_TOKEN=ghp_Zq3xY8kLm2Nv4Rt6Wz9Ab1Cd3Ef5Gh7Jk9Mn"\n}\n',
    good: 'resource "google_compute_instance" "app" {\n  name                    = "app"\n  metadata_startup_script = file("init.sh")\n}\n',
  },
  check({ file, report }) {
    // Most files hold none of the formats: one pass over the text for their fixed prefixes (those of
    // findSecretTokens) spares the line-by-line scan.
    if (!tokenPrefixes.test(file.text)) return;
    for (const match of findSecretTokens(file.text)) {
      const at = { start: file.lines.positionAt(match.start), end: file.lines.positionAt(match.end) };
      // Arguments named for a secret, and those a dedicated rule checks, are judged by those rules.
      const argument = argumentAt(file, at.start);
      if (argument && (isSecretArgument(argument.name) || (argument.address && dedicatedSecretArguments.has(argument.address)))) continue;
      // No edit: the credential must be rotated and read from elsewhere, which the author sets up.
      report({ at, messageId: 'token', data: { kind: withArticle(match.kind) }, severity: match.severity });
    }
  },
});
