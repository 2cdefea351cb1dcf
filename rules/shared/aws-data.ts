import type { RequirementId } from '../requirements';
import { asString, type BlockView, type Fix, type FrameworkRefs, type Preset, type Range, type RuleContext, type Severity, type TfEvalValue } from '../api';
import { attributeCheck, type AttributeCheck } from './terraform-attribute-check';
import { insertAttributes, removeAttribute, type TfLiteral } from './terraform-edits';
import { attributeOf, memberOf, moduleFor, resourceInstances, syntaxChild, type Located, type TfSyntax } from './terraform-evaluated';
import { isOverrideFile } from './terraform-values';
import { encryptionAtRest, keyManagement } from './frameworks';
import { findSecretTokens, findUrlCredentials, isNonSecretShape, isPlaceholder, isReference, isSecretName } from './secrets';

/**
 * The controls of a check that keeps secrets out of the configuration (3.3): ISO/IEC 27001:2022
 * A.5.17, A.8.24 and A.8.28, NIST SP 800-53 IA-5(6), IA-5(7), SC-12, SC-28 and SC-28(1).
 */
export function secretsInManager(): FrameworkRefs {
  return { iso27001: ['A.5.17', 'A.8.24', 'A.8.28'], nist80053: ['IA-5(6)', 'IA-5(7)', 'SC-12', 'SC-28', 'SC-28(1)'] };
}

/**
 * The controls of a check against long-lived static credentials (1.1): ISO/IEC 27001:2022 A.5.17,
 * A.8.5 and A.8.24, NIST SP 800-53 IA-5, IA-5(6), IA-5(7) and SC-12, and the CIS items, if any.
 */
export function staticCredentials(...cis: string[]): FrameworkRefs {
  return { iso27001: ['A.5.17', 'A.8.5', 'A.8.24'], nist80053: ['IA-5', 'IA-5(6)', 'IA-5(7)', 'SC-12'], ...(cis.length > 0 ? { cis } : {}) };
}

/** The metadata of a rule that finds a secret written in the configuration: 3.3, high, on by default. */
export function literalSecretRule(): { target: 'terraform'; severity: Severity; preset: Preset; requirements: RequirementId[]; frameworks: FrameworkRefs } {
  return { target: 'terraform', severity: 'high', preset: 'recommended', requirements: ['3.3'], frameworks: secretsInManager() };
}

/**
 * The metadata of a rule that asks for a customer-managed KMS key where the service already
 * encrypts with a key of its own: 3.1, low, strict preset.
 */
export function customerKeyRule(): { target: 'terraform'; severity: Severity; preset: Preset; requirements: RequirementId[]; frameworks: FrameworkRefs } {
  return { target: 'terraform', severity: 'low', preset: 'strict', requirements: ['3.1'], frameworks: keyManagement() };
}

/** The metadata of a rule for a data store that is not encrypted at rest unless asked: 3.1, on by default. */
export function encryptionRule(severity: Severity = 'high'): { target: 'terraform'; severity: Severity; preset: Preset; requirements: RequirementId[]; frameworks: FrameworkRefs } {
  return { target: 'terraform', severity, preset: 'recommended', requirements: ['3.1'], frameworks: encryptionAtRest() };
}

/** Whether a known value names a key: any non-blank string. */
export function namesKey(value: TfEvalValue): boolean | undefined {
  const text = asString(value);
  return text === undefined ? undefined : text.trim() !== '';
}

/**
 * The check of a strict rule that wants a KMS key named in an argument: absent or blank, the
 * service uses its own key. No edit: the key is the author's to choose.
 */
export function customerKeyCheck<M extends string>(
  resources: readonly string[],
  path: string,
  messages: { insecure: M; missing: M },
  extra: Partial<Pick<AttributeCheck<M>, 'absent' | 'undecidableWhenSet'>> = {},
): (context: RuleContext<'terraform', M>) => void {
  return attributeCheck({ resources, path, compliant: namesKey, absent: 'insecure', messages, ...extra });
}

/** A value written in the configuration that holds a secret: a known, non-blank string. */
export function isLiteralSecret(value: TfEvalValue | undefined): boolean {
  return value?.kind === 'string' && value.value.trim() !== '';
}

/**
 * Whether `lifecycle { ignore_changes }` names the argument (or is `all`): the literal is then an
 * initial placeholder, and the real value is set and rotated outside Terraform.
 */
export function ignoresChanges(resource: BlockView, argument: string): boolean {
  const { file } = resource;
  return resource.block.blocksOf('lifecycle').some((lifecycle) => {
    const ignored = lifecycle.attribute('ignore_changes');
    if (!ignored) return false;
    const text = file.text.slice(file.lines.offsetAt(ignored.value.range.start), file.lines.offsetAt(ignored.value.range.end));
    // Names in the list are bare identifiers (`password`, `tags["x"]`, `all`); a dotted
    // reference such as `var.password` is something else.
    const names = text.split(/[^\w.]+/);
    return names.some((name) => name === 'all' || name === argument);
  });
}

/** Where a secret argument lives, and what replaces it. */
export interface SecretArgument {
  resources: readonly string[];
  /** The argument, possibly through nested blocks: `master_user_options.master_user_password`. */
  path: string;
  /**
   * Arguments of the resource that take over when the literal is removed (a password the
   * service keeps in Secrets Manager): a suggestion that removes the argument and adds them.
   */
  replacement?: { title: string; attributes: readonly (readonly [string, TfLiteral])[] };
}

/**
 * The check of a rule that reports a secret argument given a value known from the source: a
 * string literal, or a variable default, tfvars entry or local that folds to one (reported where
 * the resource uses it, the origin in related information). Values not known before apply
 * (`random_password`, data sources, variables without a value) are the compliant forms.
 */
export function literalSecretCheck<M extends string>(targets: readonly SecretArgument[], messageId: M): (context: RuleContext<'terraform', M>) => void {
  return ({ file, module, report }) => {
    if (isOverrideFile(file)) return;
    const project = moduleFor(file, module);
    for (const target of targets) {
      const segments = target.path.split('.');
      const name = segments.pop()!;
      const holders = (view: BlockView, depth: number): BlockView[] =>
        depth === segments.length ? [view] : view.blocks(segments[depth]).flatMap((child) => holders(child, depth + 1));
      for (const type of target.resources) {
        for (const resource of resourceInstances(project, file, type)) {
          for (const holder of holders(resource, 0)) {
            const located = attributeOf(holder, name);
            if (!located || !isLiteralSecret(located.value) || ignoresChanges(resource, segments.length === 0 ? name : segments[0])) continue;
            const attribute = holder.attribute(name)!;
            const suggest: Fix[] = [];
            if (target.replacement && segments.length === 0) {
              const removed = removeAttribute(file, attribute, target.replacement.title);
              const added = insertAttributes(file, resource.block, target.replacement.attributes, target.replacement.title);
              if (added) suggest.push({ title: target.replacement.title, edits: [...removed.edits, ...added.edits] });
            }
            report({ at: located.at, messageId, data: { argument: name }, value: located.value, suggest });
          }
        }
      }
    }
  };
}

/** `an AWS access key id`, `a GitHub token`. */
export const withArticle = (kind: string): string => `${/^[aeiouAEIOU]/.test(kind) ? 'an' : 'a'} ${kind}`;

/** Shorter values under a secret name (`FOO`, `bar`) are test dummies. */
const minimumSecretLength = 6;

/** An AWS access key id or secret access key by its shape, the documented example keys included. */
const awsKeyShape = /^(?:AKIA|ASIA)[A-Z0-9]{16}$|^[A-Za-z0-9/+]{40}$/;

/**
 * What makes an environment variable given as a literal a secret: a value of a known credential
 * format, or a name that says it holds one (`DB_PASSWORD`, `API_TOKEN`) with a value that is
 * not a placeholder, a reference resolved elsewhere or of a shape no secret has (a path, an ARN,
 * a number). Undefined when it is not one. Key-shaped values under a secret name count even
 * when they are the documented examples: the configuration still hard-codes a credential.
 */
export function environmentSecret(name: string, value: string): string | undefined {
  const tokens = findSecretTokens(value);
  if (tokens.length > 0) return withArticle(tokens[0].kind);
  if (!isSecretName(name) || isReference(value) || isNonSecretShape(value)) return undefined;
  const text = value.trim();
  // The AWS variables hold keys of a fixed shape: `AWS_SECRET_ACCESS_KEY=bar` is a dummy, not a key.
  const upper = name.toUpperCase();
  if (upper === 'AWS_ACCESS_KEY_ID') return /^(?:AKIA|ASIA)[A-Z0-9]{16}$/.test(text) ? `"${name}" names a secret` : undefined;
  if (upper === 'AWS_SECRET_ACCESS_KEY') return /^[A-Za-z0-9/+]{40}$/.test(text) ? `"${name}" names a secret` : undefined;
  if (isPlaceholder(text, name, minimumSecretLength) && !awsKeyShape.test(text)) return undefined;
  return `"${name}" names a secret`;
}

/**
 * The check of a rule that reports secrets given as literals in a map of environment variables
 * (`environment { variables = {...} }`), each at its entry. A map not known before apply, or an
 * entry whose value is not, is not decided.
 */
export function environmentMapCheck<M extends string>(resources: readonly string[], path: string, messageId: M): (context: RuleContext<'terraform', M>) => void {
  const segments = path.split('.');
  const name = segments.pop()!;
  return ({ file, module, report }) => {
    if (isOverrideFile(file)) return;
    const project = moduleFor(file, module);
    const holders = (view: BlockView, depth: number): BlockView[] =>
      depth === segments.length ? [view] : view.blocks(segments[depth]).flatMap((child) => holders(child, depth + 1));
    for (const type of resources) {
      for (const resource of resourceInstances(project, file, type)) {
        for (const holder of holders(resource, 0)) {
          const map = attributeOf(holder, name);
          if (map?.value.kind !== 'object') continue;
          for (const [variable, value] of map.value.entries) {
            if (value.kind !== 'string') continue;
            const what = environmentSecret(variable, value.value);
            const entry = memberOf(map, variable);
            if (what && entry) report({ at: entry.at, messageId, data: { name: variable, what }, value: entry.value });
          }
        }
      }
    }
  };
}

/** `NAME=value`, `export NAME="value"`, `NAME: value` in a script or a cloud-config file. */
const assignment = /^\s*(?:export\s+|-\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*[=:]\s*(?:"([^"'\s]+)"|'([^"'\s]+)'|([^"'\s]+))\s*$/;

/**
 * The first secret in a script (user data, a build spec): a credential of a known format,
 * credentials in a URL, or an assignment to a secret-looking name with a literal value.
 * Undefined when there is none.
 */
export function scriptSecret(text: string): string | undefined {
  const tokens = findSecretTokens(text);
  if (tokens.length > 0) return withArticle(tokens[0].kind);
  if (findUrlCredentials(text).length > 0) return 'credentials in a URL';
  for (const line of text.split(/\r\n?|\n/)) {
    const match = assignment.exec(line);
    const value = match && (match[2] ?? match[3] ?? match[4]);
    if (match && value && environmentSecret(match[1], value)) return `a literal value for ${match[1]}`;
  }
  return undefined;
}

/** The syntax written for `path` inside `jsonencode(...)`, if the document is written out in HCL. */
export function writtenAt(syntax: TfSyntax, path: readonly (string | number)[]): Range | undefined {
  const value = 'kind' in syntax && syntax.kind === 'expression' ? syntax.expr : 'kind' in syntax ? undefined : syntax;
  if (value?.type !== 'call' || value.name !== 'jsonencode' || value.args.length !== 1) return undefined;
  let node: TfSyntax | undefined = value.args[0];
  for (const step of path) node = node && syntaxChild(node, step);
  return node?.range;
}

/** A JSON document held by an argument (`jsonencode(...)`, a heredoc, a variable): undefined when not known or not JSON. */
export function jsonDocument(located: Located | undefined): unknown {
  if (located?.value.kind !== 'string') return undefined;
  try {
    return JSON.parse(located.value.value);
  } catch {
    return undefined;
  }
}

/** A secret-looking entry of a container's `environment` list: its index, name and why. */
export interface EnvironmentFinding {
  index: number;
  name: string;
  what: string;
}

/** The entries of an ECS or Batch container's `environment` list (`[{ name, value }]`) that hold secrets. */
export function containerEnvironmentSecrets(container: unknown): EnvironmentFinding[] {
  const environment = (container as { environment?: unknown } | null)?.environment;
  if (!Array.isArray(environment)) return [];
  const found: EnvironmentFinding[] = [];
  environment.forEach((entry: { name?: unknown; value?: unknown } | null, index) => {
    if (!entry || typeof entry.name !== 'string' || typeof entry.value !== 'string') return;
    const what = environmentSecret(entry.name, entry.value);
    if (what) found.push({ index, name: entry.name, what });
  });
  return found;
}
