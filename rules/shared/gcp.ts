import type { Fix, FrameworkRefs, TerraformFile, TfBlock } from '../api';

/** The controls of a TLS-in-transit check (3.2): ISO/IEC 27001:2022 A.8.24 and A.5.14, NIST SP 800-53 SC-8, SC-8(1), SC-13. */
export function inTransit(...cis: string[]): FrameworkRefs {
  return { iso27001: ['A.8.24', 'A.5.14'], nist80053: ['SC-8', 'SC-8(1)', 'SC-13'], ...(cis.length > 0 ? { cis } : {}) };
}

/** The controls of a least-privilege check (1.3): ISO/IEC 27001:2022 A.5.15, A.8.2, NIST SP 800-53 AC-6 and AC-3. */
export function leastPrivilege(...cis: string[]): FrameworkRefs {
  return { iso27001: ['A.5.15', 'A.8.2'], nist80053: ['AC-6', 'AC-3'], ...(cis.length > 0 ? { cis } : {}) };
}

/**
 * Removes a nested block that has its lines to itself (native syntax only), the line break after
 * its closing brace included; undefined when it shares a line with other text or is in JSON.
 */
export function removeBlockLines(file: TerraformFile, block: TfBlock, title: string): Fix | undefined {
  const close = block.closeBrace;
  if (file.json || !close) return undefined;
  const { lines } = file;
  const before = lines.lineText(block.typeRange.start.line).slice(0, block.typeRange.start.character);
  const after = lines.lineText(close.end.line).slice(close.end.character);
  if (!/^[ \t]*$/.test(before) || !/^[ \t]*$/.test(after)) return undefined;
  return { title, edits: [{ range: { start: { line: block.typeRange.start.line, character: 0 }, end: { line: close.end.line + 1, character: 0 } }, newText: '' }] };
}
