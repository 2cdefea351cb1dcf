import { asString, type FrameworkRefs, type TerraformFile, type TerraformModule, type TfEvalValue } from '../api';
import { isNonSecretShape, isPlaceholder, isReference, isSecretName } from './secrets';

/** The controls of a check for credentials written in configuration (1.1). */
export function staticCredentials(): FrameworkRefs {
  return {
    iso27001: ['A.5.17', 'A.8.5'],
    nist80053: ['IA-5', 'IA-5(7)'],
  };
}

/** Arguments that hold a credential without a name that says so. */
const credentialArguments = new Set(['client_key', 'credentials', 'sas_token', 'auth_token', 'api_key', 'app_key']);

/** True for an argument or variable name that holds a secret (`password`, `client_secret`, `api_token`, `private_key`). */
export function isSecretArgument(name: string): boolean {
  return credentialArguments.has(name) || isSecretName(name);
}

/**
 * Secret arguments of resource types that a dedicated rule checks (with its own message and
 * fix), as `type.argument` or `type.block.argument`: the generic literal-secret rule leaves them
 * alone so that one value is never reported twice.
 */
export const dedicatedSecretArguments: ReadonlySet<string> = new Set([
  'aws_db_instance.password',
  'aws_rds_cluster.master_password',
  'aws_docdb_cluster.master_password',
  'aws_redshift_cluster.master_password',
  'aws_redshiftserverless_namespace.admin_user_password',
  'aws_elasticache_replication_group.auth_token',
  'aws_elasticache_cluster.auth_token',
  'aws_dms_endpoint.password',
  'aws_lambda_function.environment.variables',
  'aws_ecs_task_definition.container_definitions',
  'aws_secretsmanager_secret_version.secret_string',
  'aws_ssm_parameter.value',
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
]);

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
export function writtenSecret(module: TerraformModule, value: TfEvalValue | undefined, name: string, file?: TerraformFile): string | undefined {
  if (value?.kind !== 'string') return undefined;
  const text = originText(module, value, file);
  // A quoted string or a heredoc; a function call, a reference or a template with references is not written out.
  if (text === undefined || !/^\s*(?:"|<<)/.test(text)) return undefined;
  const secret = asString(value);
  if (secret === undefined || isReference(secret) || isPlaceholder(secret, name, 4) || isNonSecretShape(secret)) return undefined;
  return secret;
}
