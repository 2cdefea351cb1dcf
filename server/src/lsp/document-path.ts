import { fileURLToPath } from 'node:url';
import { detectKind, type FileKind } from '../parsers';

/** Names that make `detectKind` recognise a buffer whose URI says nothing (untitled, virtual). */
const nameForLanguage: Record<string, string> = {
  terraform: 'untitled.tf',
  'terraform-vars': 'untitled.tfvars',
  tf: 'untitled.tf',
  hcl: 'untitled.tf',
  yaml: 'untitled.yaml',
  dockerfile: 'Dockerfile',
};

/**
 * The path the linter sees for an open document: the file path for `file:` URIs, otherwise a
 * name derived from the URI or the language id. Undefined when it is no file Shiftguard lints.
 */
export function documentPath(uri: string, languageId: string): { path: string; kind: FileKind } | undefined {
  let path = uri;
  try {
    if (uri.startsWith('file:')) path = fileURLToPath(uri);
    else path = decodeURIComponent(uri.replace(/^[a-z][\w+.-]*:/i, ''));
  } catch {
    path = uri;
  }
  const kind = detectKind(path);
  if (kind) return { path, kind };
  const fallback = nameForLanguage[languageId];
  const fallbackKind = fallback ? detectKind(fallback) : undefined;
  return fallback && fallbackKind ? { path: fallback, kind: fallbackKind } : undefined;
}
