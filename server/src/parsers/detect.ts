import type { FileKind } from './source';

function baseName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1];
}

/**
 * The target of a file from its name: `*.tf`, `*.tf.json`, `*.tfvars` (and `*.tfvars.json`),
 * `*.yaml`/`*.yml`, `Dockerfile`, `Dockerfile.*`, `Dockerfile-*`, `*.Dockerfile`, `Containerfile`.
 * Returns undefined for anything else. Whether a YAML file is a Kubernetes manifest is decided
 * by its content, in the Kubernetes parser.
 */
export function detectKind(path: string): FileKind | undefined {
  const name = baseName(path);
  const lower = name.toLowerCase();
  if (/\.(tf|tfvars)(\.json)?$/.test(lower)) return 'terraform';
  if (/\.ya?ml$/.test(lower)) return 'kubernetes';
  if (/^(dockerfile|containerfile)([._-].+)?$/.test(lower) || /\.(dockerfile|containerfile)$/.test(lower)) {
    // Not the ignore file or Dockerfile templates of other tools.
    if (/\.(dockerignore|md|txt|sh|ps1|json|ya?ml|j2|tpl|tmpl|template|erb|bak|orig)$/.test(lower)) return undefined;
    return 'dockerfile';
  }
  return undefined;
}

/** True for Terraform files in JSON syntax. */
export function isTerraformJson(path: string): boolean {
  return /\.json$/i.test(path);
}
