/**
 * Bytes of a file to text and back. A file named as Terraform, a manifest or a Dockerfile is
 * checked whatever editor wrote it: UTF-8 with or without a byte order mark, and UTF-16 with
 * one (what Windows PowerShell's `>` writes). Pure functions, shared by the command line and the
 * language server's scan of files on disk.
 */

/** How a file's text is stored, so that a rewrite keeps it as it was. */
export interface TextEncoding {
  name: 'utf-8' | 'utf-16le' | 'utf-16be';
  /** The file starts with a byte order mark (not part of the text). */
  bom: boolean;
}

/** A file's text, or why there is none. */
export type Decoded =
  | {
      ok: true;
      text: string;
      encoding: TextEncoding;
      /** Invalid bytes were replaced by U+FFFD: writing the text back would lose them. */
      lossy: boolean;
    }
  | { ok: false; message: string };

const boms: { bytes: number[]; encoding: TextEncoding['name'] | 'utf-32le' | 'utf-32be' }[] = [
  // UTF-32 LE first: its mark begins with UTF-16 LE's.
  { bytes: [0xff, 0xfe, 0x00, 0x00], encoding: 'utf-32le' },
  { bytes: [0x00, 0x00, 0xfe, 0xff], encoding: 'utf-32be' },
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/** The name of an encoding as editors show it. */
export function encodingLabel(encoding: TextEncoding): string {
  return { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16 LE', 'utf-16be': 'UTF-16 BE' }[encoding.name];
}

/** Swaps the bytes of each UTF-16 code unit (big- to little-endian and back), in a copy. */
function swapped(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    out[i] = bytes[i + 1];
    out[i + 1] = bytes[i];
  }
  if (bytes.length % 2) out[bytes.length - 1] = bytes[bytes.length - 1];
  return out;
}

/**
 * Decodes a file by its byte order mark, UTF-8 without one. Invalid bytes (and an odd last byte
 * of UTF-16) become U+FFFD and set `lossy`; UTF-32, which no tool of these ecosystems writes or
 * reads, is refused with a message.
 */
export function decode(bytes: Uint8Array): Decoded {
  const mark = boms.find((b) => b.bytes.length <= bytes.length && b.bytes.every((byte, i) => bytes[i] === byte));
  if (mark?.encoding === 'utf-32le' || mark?.encoding === 'utf-32be') {
    return { ok: false, message: `The file is ${mark.encoding === 'utf-32le' ? 'UTF-32 LE' : 'UTF-32 BE'} (byte order mark); only UTF-8 and UTF-16 can be read. Save it as UTF-8.` };
  }
  const encoding: TextEncoding = { name: mark?.encoding ?? 'utf-8', bom: mark !== undefined };
  let body = bytes.subarray(mark ? mark.bytes.length : 0);
  // Node's TextDecoder knows UTF-16 LE only without full ICU; big-endian is read as swapped LE.
  if (encoding.name === 'utf-16be') body = swapped(body);
  const label = encoding.name === 'utf-8' ? 'utf-8' : 'utf-16le';
  try {
    return { ok: true, text: new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(body), encoding, lossy: false };
  } catch {
    return { ok: true, text: new TextDecoder(label, { fatal: false, ignoreBOM: true }).decode(body), encoding, lossy: true };
  }
}

/** The bytes of `text` stored as `encoding`, byte order mark included: the inverse of `decode`. */
export function encode(text: string, encoding: TextEncoding): Uint8Array {
  const full = encoding.bom ? `\uFEFF${text}` : text;
  if (encoding.name === 'utf-8') return new TextEncoder().encode(full);
  const out = new Uint8Array(full.length * 2);
  const high = encoding.name === 'utf-16be' ? 0 : 1;
  for (let i = 0; i < full.length; i++) {
    const unit = full.charCodeAt(i);
    out[2 * i + high] = unit >> 8;
    out[2 * i + 1 - high] = unit & 0xff;
  }
  return out;
}

/**
 * A hint for a file whose first two bytes hold a NUL in one of them: UTF-16 without a byte order
 * mark, which cannot be told from binary data for sure and so is not decoded.
 */
export function looksLikeUtf16WithoutBom(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && (bytes[0] === 0) !== (bytes[1] === 0);
}
