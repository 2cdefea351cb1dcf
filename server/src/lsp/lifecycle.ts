import { ErrorCodes, Message, ResponseError, type Connection, type MessageStrategy, type RequestMessage } from 'vscode-languageserver/node';

/** The request that a refused request is turned into, to be answered with its error by the connection. */
const refusedMethod = 'shiftguard/_refused';

interface Refusal {
  code: number;
  message: string;
}

/**
 * Holds messages to the order the specification sets: before `initialize`, requests are answered
 * with ServerNotInitialized and notifications are dropped; after `shutdown`, requests are
 * answered with InvalidRequest and notifications are dropped; `exit` is always let through (the
 * connection then exits with 0 after a shutdown, 1 otherwise).
 */
export class Lifecycle implements MessageStrategy {
  private state: 'starting' | 'running' | 'shut down' = 'starting';

  constructor(private readonly dropped: (what: string) => void = () => undefined) {}

  get isShutDown(): boolean {
    return this.state === 'shut down';
  }

  handleMessage(message: Message, next: (message: Message) => void): void {
    if (Message.isRequest(message)) {
      const refusal = this.refusalOf(message);
      // The connection answers a request only from a handler: it is routed to one that fails with the refusal.
      if (refusal) return next({ ...message, method: refusedMethod, params: refusal } as RequestMessage);
      if (message.method === 'initialize') this.state = 'running';
      if (message.method === 'shutdown') this.state = 'shut down';
    } else if (Message.isNotification(message) && message.method !== 'exit' && this.state !== 'running') {
      this.dropped(`dropped the ${message.method} notification: the server is ${this.state === 'starting' ? 'not initialized yet' : 'shut down'}`);
      return;
    }
    next(message);
  }

  private refusalOf(request: RequestMessage): Refusal | undefined {
    if (this.state === 'shut down') return { code: ErrorCodes.InvalidRequest, message: `The server is shut down; ${request.method} is not served.` };
    // JSON-RPC: params is an object or an array when present; the document requests need an object.
    const { params } = request as { params?: unknown };
    const documentRequest = /^(textDocument|workspace)\//.test(request.method);
    if ((params !== undefined && params !== null && typeof params !== 'object') || (params === null && documentRequest)) {
      return { code: ErrorCodes.InvalidParams, message: 'params must be an object' };
    }
    if (request.method === 'initialize') {
      return this.state === 'starting' ? undefined : { code: ErrorCodes.InvalidRequest, message: 'The server is already initialized.' };
    }
    if (this.state === 'starting') return { code: ErrorCodes.ServerNotInitialized, message: `The server is not initialized; ${request.method} is not served.` };
    return undefined;
  }
}

/** Answers the requests that {@link Lifecycle} refused with their error. */
export function answerRefusals(connection: Connection): void {
  connection.onRequest(refusedMethod, (refusal: Refusal) => new ResponseError(refusal.code, refusal.message));
}
