import { defineRule, rangeContains, type Position, type TerraformFile, type TfAttribute, type TfBlock } from '../api';
import { findSecretTokens } from '../shared/secrets';
import { isSecretArgument, staticCredentials } from '../shared/terraform-secrets';

/** The innermost argument (or object member) written around a position. */
function nameAt(file: TerraformFile, at: Position): string | undefined {
  const point = { start: at, end: at };
  const inAttributes = (attributes: readonly TfAttribute[]): string | undefined => {
    const attribute = attributes.find((a) => rangeContains(a.range, point));
    if (!attribute) return undefined;
    const value = attribute.value;
    const member = value.kind === 'object' ? value.entries.find((e) => rangeContains(e.range, point)) : undefined;
    return member?.key ?? attribute.name;
  };
  const inBlocks = (blocks: readonly TfBlock[]): string | undefined => {
    const block = blocks.find((b) => rangeContains(b.range, point));
    return block ? (inBlocks(block.blocks) ?? inAttributes(block.attributes)) : undefined;
  };
  return inBlocks(file.blocks) ?? inAttributes(file.attributes);
}

export default defineRule({
  id: 'TF-509',
  title: 'Keep credentials of known formats out of Terraform files',
  target: 'terraform',
  severity: 'critical',
  preset: 'recommended',
  requirements: ['1.1'],
  frameworks: staticCredentials(),
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
    token: 'This looks like a {{kind}}: a credential written in the repository.',
  },
  examples: {
    bad: 'resource "aws_instance" "app" {\n  ami       = "ami-0abcdef1234567890"\n  user_data = "export GITHUB_TOKEN=ghp_Zq3xY8kLm2Nv4Rt6Wz9Ab1Cd3Ef5Gh7Jk9Mn"\n}\n',
    good: 'resource "aws_instance" "app" {\n  ami       = "ami-0abcdef1234567890"\n  user_data = file("init.sh")\n}\n',
  },
  check({ file, report }) {
    for (const match of findSecretTokens(file.text)) {
      const at = { start: file.lines.positionAt(match.start), end: file.lines.positionAt(match.end) };
      const name = nameAt(file, at.start);
      if (name !== undefined && isSecretArgument(name)) continue;
      // No edit: the credential must be rotated and read from elsewhere, which the author sets up.
      report({ at, messageId: 'token', data: { kind: match.kind }, severity: match.severity });
    }
  },
});
