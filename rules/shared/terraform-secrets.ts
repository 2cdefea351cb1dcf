import { asString, rangeContains, type BlockView, type FrameworkRefs, type Range, type TerraformFile, type TerraformModule, type TfAttribute, type TfBlock, type TfEvalValue } from '../api';
import type { RequirementId } from '../requirements';
import { attributeOf, memberOf, moduleFor, type Located } from './terraform-evaluated';
import { isNonSecretShape, isPlaceholder, isReference, isSecretName, nameWords } from './secrets';

/** The controls of a check for credentials written in configuration (1.1). */
export function staticCredentials(): FrameworkRefs {
  return {
    iso27001: ['A.5.17', 'A.8.5'],
    nist80053: ['IA-5', 'IA-5(7)'],
  };
}

/**
 * What the rules for secrets written in the configuration share: the target, requirements 1.1
 * (no static credentials) and 3.3 (secrets only in a secret manager), and their controls.
 */
export function secretInConfiguration(): { target: 'terraform'; requirements: RequirementId[]; frameworks: FrameworkRefs } {
  return { target: 'terraform', requirements: ['1.1', '3.3'], frameworks: staticCredentials() };
}

/** Arguments that hold a credential without a name that says so. */
const credentialArguments = new Set(['client_key', 'credentials', 'sas_token', 'auth_token', 'api_key', 'app_key']);

/**
 * Last words of Terraform names that describe something about a secret, or a collection of
 * references to secrets, rather than one secret: `task_exec_secret_arns`, `access_key_status`,
 * `secret_rotation_interval`, `secret_manager_config`, `image_pull_secrets`.
 */
const describingLastWords = new Set([
  'arns', 'status', 'interval', 'config', 'configs', 'configuration', 'expression', 'schedule', 'spec', 'specs', 'secrets',
  'names', 'keys', 'tokens', 'passwords', 'rotation', 'days', 'seconds', 'minutes', 'hours', 'period', 'settings', 'parameter',
  'parameters', 'template', 'arn', 'kms', 'wo_version', 'policy', 'role', 'identity', 'auth', 'authentication', 'reset',
  'fingerprint', 'digest',
]);

/** Tokens that are no credential: idempotency and paging tokens, S3 table version tokens. */
const harmlessTokens = /(?:^|_)(?:version|continuation|next|page|idempotency|creation|client_request)_token$/;

const verdicts = new Map<string, boolean>();

/** True for an argument or variable name that holds a secret (`password`, `client_secret`, `api_token`, `private_key`). */
export function isSecretArgument(name: string): boolean {
  let verdict = verdicts.get(name);
  if (verdict === undefined) {
    verdict = judgeName(name);
    // Names repeat across files and runs; a bound keeps a long editor session from growing it without end.
    if (verdicts.size > 50_000) verdicts.clear();
    verdicts.set(name, verdict);
  }
  return verdict;
}

function judgeName(name: string): boolean {
  if (credentialArguments.has(name)) return true;
  const words = nameWords(name);
  if (words.length === 0 || describingLastWords.has(words[words.length - 1]) || harmlessTokens.test(words.join('_'))) return false;
  // Ciphertext (`encrypted_password`, PGP-encrypted by the provider) and hashes are no secret in clear.
  if (words.some((w) => w === 'encrypted' || w === 'hashed' || w === 'hash')) return false;
  return isSecretName(name);
}

/**
 * Secret arguments of resource types that a dedicated rule checks (with its own message and
 * fix), as `type.argument` or `type.block.argument`: the generic literal-secret and token rules
 * leave them alone so that one value is never reported twice.
 */
export const dedicatedSecretArguments: ReadonlySet<string> = new Set([
  'aws_db_instance.password',
  'aws_rds_cluster.master_password',
  'aws_docdb_cluster.master_password',
  'aws_redshift_cluster.master_password',
  'aws_redshiftserverless_namespace.admin_user_password',
  'aws_elasticache_replication_group.auth_token',
  'aws_dms_endpoint.password',
  'aws_mq_broker.user.password',
  'aws_opensearch_domain.advanced_security_options.master_user_options.master_user_password',
  'aws_elasticsearch_domain.advanced_security_options.master_user_options.master_user_password',
  'aws_instance.user_data',
  'aws_instance.user_data_base64',
  'aws_launch_configuration.user_data',
  'aws_launch_configuration.user_data_base64',
  'aws_launch_template.user_data',
  'aws_lambda_function.environment.variables',
  'aws_ecs_task_definition.container_definitions',
  'aws_secretsmanager_secret_version.secret_string',
  'aws_secretsmanager_secret_version.secret_binary',
  'aws_ssm_parameter.value',
  'aws_ssm_parameter.insecure_value',
  'azurerm_key_vault_secret.value',
  'azurerm_linux_virtual_machine.admin_password',
  'azurerm_windows_virtual_machine.admin_password',
  'azurerm_linux_virtual_machine_scale_set.admin_password',
  'azurerm_windows_virtual_machine_scale_set.admin_password',
  'azurerm_virtual_machine.os_profile.admin_password',
  'azurerm_container_app.secret.value',
  'google_compute_disk.disk_encryption_key.raw_key',
  'google_compute_instance.boot_disk.disk_encryption_key_raw',
  'google_compute_instance.attached_disk.disk_encryption_key_raw',
  'google_compute_snapshot.snapshot_encryption_key.raw_key',
  'google_compute_image.image_encryption_key.raw_key',
  'google_storage_bucket_object.customer_encryption.encryption_key',
  'kubernetes_secret.data',
  'kubernetes_secret.binary_data',
  'kubernetes_secret_v1.data',
  'kubernetes_secret_v1.binary_data',
]);

/** Values that stand for a credential to fill in: empty, `changeme`, `<access key>`, `xxxx`, `****`, one repeated character. */
function isFiller(value: string): boolean {
  const v = value.trim();
  if (/^(?:change[_-]?me|replace[_-]?me|todo|tbd|none|null|your[_-].{0,40})$/i.test(v)) return true;
  return v.length === 0 || /^<[^<>]{0,200}>$/.test(v) || /^\[[^[\]]{0,200}\]$/.test(v) || /^(?:x{3,}|\*{3,}|\.{3,})$/i.test(v) || /^(.)\1*$/.test(v);
}

/** The text of the source range a value came from, when it is in one of the module's files. */
function originText(module: TerraformModule, value: TfEvalValue, file?: TerraformFile): string | undefined {
  const origin = value.origin;
  if (!origin) return undefined;
  const source = [file, ...module.configFiles, ...module.variableFiles].find((f) => f?.path === origin.path);
  if (!source) return undefined;
  return source.text.slice(source.lines.offsetAt(origin.range.start), source.lines.offsetAt(origin.range.end));
}

/**
 * The string a secret argument holds when it is written out in the configuration: a string
 * literal where it is used, or in the variable default or tfvars entry it comes from. Undefined
 * for what is read elsewhere (`file()`, data sources, resources, environment), for unknown
 * values, placeholders (`changeme`, `<token>`, empty) and values that are no secret (paths,
 * ARNs, URLs without credentials, booleans, numbers).
 */
export function writtenSecret(
  module: TerraformModule,
  value: TfEvalValue | undefined,
  name: string,
  file?: TerraformFile,
  options: { credentialArgument?: boolean } = {},
): string | undefined {
  if (value?.kind !== 'string') return undefined;
  const text = originText(module, value, file);
  // A quoted string or a heredoc; a function call, a reference or a template with references is not written out.
  if (text === undefined || !/^\s*(?:"|<<)/.test(text)) return undefined;
  const secret = asString(value);
  if (secret === undefined || isReference(secret) || isNonSecretShape(secret)) return undefined;
  // An argument that only takes a credential (a provider's secret_key) holds one whatever it looks like, documented
  // example keys included; only fillers are not one.
  if (options.credentialArgument) return isFiller(secret) ? undefined : secret;
  // A PEM block starts with dashes, which the placeholder test takes for a `-----` filler.
  if (!/^-----BEGIN [A-Z ]{0,20}PRIVATE KEY/.test(secret.trim()) && isPlaceholder(secret, name, 4)) return undefined;
  return secret;
}

/** The text of a variable's `type`, without spaces (`bool`, `list(string)`); undefined when not declared. */
function declaredType(block: TfBlock): string | undefined {
  const type = block.attribute('type')?.value;
  if (!type) return undefined;
  return (type.kind === 'expression' ? type.text : type.kind === 'string' ? type.value : '').replace(/\s+/g, '');
}

/**
 * The `variable` blocks of a file whose name says they hold a secret (`db_password`,
 * `client_secret`, `api_token`) and whose type is a string (or not declared), leaving out flags,
 * counts and collections that only mention one (`create_password`, `secret_arns`).
 */
export function secretVariables(file: TerraformFile): TfBlock[] {
  return file.blocks.filter((block) => {
    const name = block.labels[0]?.value;
    if (block.type !== 'variable' || !name || !isSecretArgument(name)) return false;
    // One secret is a string: collections and objects of secret names are configuration (`secrets = [{ name, valueFrom }]`).
    const type = declaredType(block);
    if (type !== undefined && type !== 'string' && type !== 'any') return false;
    const fallback = block.attribute('default')?.value.kind;
    return fallback === undefined || fallback === 'string' || fallback === 'null' || fallback === 'expression';
  });
}

/**
 * True when a value comes from the default or tfvars entry of a variable, or from a local, whose
 * name says it holds a secret: TF-502 and TF-514 report it there, at the one place that holds it.
 */
export function fromSecretName(module: TerraformModule, value: TfEvalValue): boolean {
  const origin = value.origin;
  if (!origin) return false;
  const inside = (outer: Range) => rangeContains(outer, origin.range);
  for (const file of [...module.configFiles, ...module.variableFiles]) {
    if (file.path !== origin.path) continue;
    if (file.variablesFile) return file.attributes.some((a) => isSecretArgument(a.name) && inside(a.value.range));
    if (secretVariables(file).some((variable) => inside(variable.range))) return true;
    return file.blocks.some((block) => block.type === 'locals' && block.attributes.some((a) => isSecretArgument(a.name) && inside(a.value.range)));
  }
  return false;
}

/** Providers whose `client_certificate` is the client's PKCS#12 bundle with its private key, not a public certificate. */
const inlineCertificateProviders = new Set(['azurerm', 'azuread', 'azapi']);

/** Whether a written value of `name` is a credential for `provider` (a provider or backend type). */
function isCredential(provider: string, name: string, secret: string): boolean {
  // google `credentials` is a key file path or the key itself: only the JSON text is a secret in code.
  if (name === 'credentials') return secret.trim().startsWith('{');
  if (name === 'client_certificate') return inlineCertificateProviders.has(provider) && secret.trim().length >= 64;
  return isSecretArgument(name);
}

/**
 * Calls `found` for each setting of a provider or backend block: its arguments, those of its
 * nested blocks (helm `kubernetes {}`, also when `dynamic`), and the members of object arguments
 * (helm 3 `kubernetes = {}`), the latter without an `attribute` that an edit could remove.
 */
export function eachSetting(view: BlockView, found: (name: string, located: Located, attribute?: TfAttribute) => void): void {
  for (const attribute of view.block.attributes) {
    const located = attributeOf(view, attribute.name);
    if (located?.value.kind === 'object') {
      for (const key of located.value.entries.keys()) {
        const member = memberOf(located, key);
        if (member) found(key, member);
      }
    } else if (located) {
      found(attribute.name, located, attribute);
    }
  }
  for (const type of new Set(view.block.blocks.map((b) => (b.type === 'dynamic' ? b.labels[0]?.value : b.type)))) {
    if (type) for (const child of view.blocks(type)) eachSetting(child, found);
  }
}

/** Calls `found` for each credential written in a provider or backend block (see {@link eachSetting}). */
export function credentialsIn(
  module: TerraformModule,
  provider: string,
  view: BlockView,
  found: (name: string, located: Located, attribute?: TfAttribute) => void,
): void {
  eachSetting(view, (name, located, attribute) => {
    if (!isSecretArgument(name) && name !== 'client_certificate') return;
    const secret = writtenSecret(module, located.value, name, located.file, { credentialArgument: true });
    if (secret !== undefined && isCredential(provider, name, secret)) found(name, located, attribute);
  });
}

/** The provider blocks of a file and its backend blocks, each with what a message calls it (`aws`, `http backend`). */
export function connectionBlocks(file: TerraformFile): { block: TfBlock; target: string }[] {
  const blocks: { block: TfBlock; target: string }[] = [];
  for (const block of file.blocks) {
    if (block.type === 'provider' && block.labels[0]) blocks.push({ block, target: block.labels[0].value });
    if (block.type !== 'terraform') continue;
    for (const backend of block.blocksOf('backend')) if (backend.labels[0]) blocks.push({ block: backend, target: `${backend.labels[0].value} backend` });
  }
  return blocks;
}

/** Calls `found` for each setting (see {@link eachSetting}) of the provider and backend blocks of a file. */
export function eachConnectionSetting(
  file: TerraformFile,
  module: TerraformModule | undefined,
  found: (setting: { name: string; located: Located; target: string; attribute?: TfAttribute }) => void,
): void {
  const blocks = connectionBlocks(file);
  if (blocks.length === 0) return;
  const project = moduleFor(file, module);
  for (const { block, target } of blocks) eachSetting(project.view(block, file), (name, located, attribute) => found({ name, located, target, attribute }));
}
