/**
 * Control characters (C0, DEL, C1) and the bidirectional embeddings, overrides and isolates that
 * "Trojan Source" uses. Written raw, a file name, resource name or message holding them could
 * clear the screen, retitle the window, hide text or reorder a line on the reader's terminal.
 */
const unsafe = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * `text` with every character a terminal would act on instead of showing written as an escape
 * (`\x1B`, `\u202E`), so that untrusted text in human-readable output shows as what it is.
 */
export function terminalSafe(text: string): string {
  return text.replace(unsafe, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase()}`;
  });
}

/** What `JSON.stringify` leaves raw of `unsafe`: DEL, C1 and the bidirectional controls. */
const rawInJson = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * `JSON.stringify(value, null, 2)` with the controls it leaves raw written as `\u` escapes too:
 * the same data for a parser, and harmless when the report is shown in a terminal.
 */
export function safeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(rawInJson, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
