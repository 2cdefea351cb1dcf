import { createConnection, ProposedFeatures, StreamMessageWriter, type Connection } from 'vscode-languageserver/node';
import { FrameReader } from './frame-reader';
import { Lifecycle } from './lifecycle';
import { startServer } from './server';

let connection: Connection | undefined;
/** What the server refused to read or serve: on stderr, and in the editor's log once it can be sent. */
const dropped = (what: string) => {
  console.error(`shiftguard: ${what}`);
  if (connection && !lifecycle.isShutDown) connection.console.warn(what);
};
const lifecycle = new Lifecycle(dropped);

if (process.argv.includes('--stdio')) {
  // Its own reader, which skips a broken frame rather than going silent (see FrameReader).
  const reader = new FrameReader(process.stdin, dropped);
  // stdout carries the protocol: anything a library prints goes to stderr instead.
  console.log = console.info = console.debug = console.error;
  connection = createConnection(ProposedFeatures.all, reader, new StreamMessageWriter(process.stdout), { messageStrategy: lifecycle });
  // The editor closed the pipe: exit as after `exit`, with 1 unless it asked for a shutdown first.
  reader.onClose(() => process.exit(lifecycle.isShutDown ? 0 : 1));
} else {
  // createConnection reads the transport from the command line: --node-ipc or --socket=N.
  connection = createConnection(ProposedFeatures.all, { messageStrategy: lifecycle });
}
startServer(connection);
