import { AbstractMessageReader, type DataCallback, type Disposable, type Message } from 'vscode-languageserver/node';

const headerEnd = Buffer.from('\r\n\r\n');
const contentLengthName = Buffer.from('content-length:');
/** A header block longer than this is not one: the stream is out of step. */
const maxHeaderBytes = 8 * 1024;
/**
 * Larger bodies are refused: a document at the 8 MiB size limit, escaped as JSON, is well under
 * this, and a mistyped length must not make the server wait for gigabytes.
 */
export const maxMessageBytes = 256 * 1024 * 1024;
/** A body that stops arriving for this long is reported (a wrong length waits for bytes that never come). */
const stalledBodyMs = 10_000;

/**
 * Reads LSP frames (`Content-Length` header, blank line, JSON body) from a stream and recovers
 * from broken ones: a header without a valid length, or a body that is not JSON, is reported
 * through `report` and skipped, and reading resumes at the next `Content-Length` header.
 * vscode-jsonrpc's own reader instead stays out of step for good after a bad header, so that
 * every later message is lost without a word.
 */
export class FrameReader extends AbstractMessageReader {
  private buffer: Buffer = Buffer.alloc(0);
  /** Chunks of the body being read, and their total length, once its header has been read. */
  private body: { length: number; chunks: Buffer[]; received: number; stalled: NodeJS.Timeout } | undefined;
  private callback: DataCallback | undefined;

  constructor(
    private readonly input: NodeJS.ReadableStream,
    private readonly report: (what: string) => void,
  ) {
    super();
  }

  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    const onData = (chunk: Buffer) => this.receive(chunk);
    const onClose = () => this.fireClose();
    const onError = (error: unknown) => this.fireError(error);
    this.input.on('data', onData);
    this.input.on('end', onClose);
    this.input.on('close', onClose);
    this.input.on('error', onError);
    return {
      dispose: () => {
        this.input.off('data', onData);
        this.input.off('end', onClose);
        this.input.off('close', onClose);
        this.input.off('error', onError);
      },
    };
  }

  private receive(chunk: Buffer): void {
    if (this.body) {
      this.body.chunks.push(chunk);
      this.body.received += chunk.length;
      this.body.stalled.refresh();
      if (this.body.received < this.body.length) return;
      const whole = Buffer.concat(this.body.chunks);
      const length = this.body.length;
      clearTimeout(this.body.stalled);
      this.body = undefined;
      this.deliver(whole.subarray(0, length));
      chunk = whole.subarray(length);
    }
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    this.readFrames();
  }

  private readFrames(): void {
    while (this.buffer.length > 0) {
      const end = this.buffer.indexOf(headerEnd);
      if (end < 0) {
        if (this.buffer.length > maxHeaderBytes) this.skip(this.buffer.length, 'a header block without an end');
        return;
      }
      const length = contentLength(this.buffer.subarray(0, end).toString('ascii'));
      if (typeof length === 'string') {
        this.skip(end + headerEnd.length, length);
        continue;
      }
      const start = end + headerEnd.length;
      if (this.buffer.length - start < length) {
        const stalled = setTimeout(() => {
          if (this.body) this.report(`still waiting for a message of ${length} bytes (Content-Length), of which ${this.body.received} arrived; nothing is read until it is complete`);
        }, stalledBodyMs);
        stalled.unref();
        this.body = { length, chunks: [this.buffer.subarray(start)], received: this.buffer.length - start, stalled };
        this.buffer = Buffer.alloc(0);
        return;
      }
      this.deliver(this.buffer.subarray(start, start + length));
      this.buffer = this.buffer.subarray(start + length);
    }
  }

  /**
   * Drops what precedes the next `Content-Length` header, which may start inside the broken
   * header block (garbage written before a frame) or after its body.
   */
  private skip(bytes: number, why: string): void {
    const lower = Buffer.from(this.buffer.toString('latin1').toLowerCase(), 'latin1');
    const next = lower.indexOf(contentLengthName, 1);
    const upTo = next < 0 ? this.buffer.length : next;
    const header = JSON.stringify(this.buffer.subarray(0, Math.min(bytes, 200)).toString('utf8'));
    this.report(`dropped ${upTo} bytes of input: ${why} (starting ${header})`);
    this.buffer = this.buffer.subarray(upTo);
  }

  private deliver(body: Buffer): void {
    let message: unknown;
    try {
      message = JSON.parse(body.toString('utf8'));
    } catch (error) {
      this.report(`dropped a message of ${body.length} bytes that is not JSON: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    if (typeof message !== 'object' || message === null || Array.isArray(message)) {
      this.report(`dropped a message of ${body.length} bytes that is not a JSON-RPC object`);
      return;
    }
    this.callback?.(message as Message);
  }
}

/** The body length a header block gives, or why it gives none. */
function contentLength(header: string): number | string {
  let length: number | string = 'a header without Content-Length';
  for (const line of header.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon < 0) return `a header line without ":" (${JSON.stringify(line.slice(0, 80))})`;
    if (line.slice(0, colon).trim().toLowerCase() !== 'content-length') continue;
    const value = line.slice(colon + 1).trim();
    if (!/^\d{1,12}$/.test(value)) return `Content-Length ${JSON.stringify(value.slice(0, 80))} is not a byte count`;
    const bytes = Number(value);
    if (bytes > maxMessageBytes) return `Content-Length ${bytes} is over the ${maxMessageBytes}-byte limit of a message`;
    length = bytes;
  }
  return length;
}
