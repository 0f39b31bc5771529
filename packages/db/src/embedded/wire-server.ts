import { createServer, type Server, type Socket } from "node:net";
import type { PGlite } from "@electric-sql/pglite";
import { COPY_FAIL_MESSAGE, endsIdle, FrameReader, queryMessage, SYNC_MESSAGE, type Frame } from "./wire-frames";

/**
 * Serves one PGlite over the Postgres wire protocol to many client connections.
 *
 * PGlite is a single Postgres backend: one session, one unnamed prepared statement, one
 * transaction. A real server gives every connection its own backend; here the connections take
 * turns, and a turn must cover everything the backend remembers between messages:
 * - an extended-protocol batch (Parse/Bind/Describe/Execute … Sync) runs as one unit, or another
 *   connection's Parse replaces the unnamed statement between our Parse and Bind (08P01 "bind
 *   message supplies N parameters, but prepared statement requires M");
 * - a connection keeps PGlite until the backend is idle again (ReadyForQuery 'I'): across an open
 *   transaction's round trips, a Flush-paged batch, a COPY.
 * (@electric-sql/pglite-socket queues single messages, so batches of different connections
 * interleave whenever a batch arrives in more than one TCP read.)
 */
export class PgliteWireServer {
  private readonly server: Server;
  private readonly connections = new Set<WireConnection>();

  constructor(
    private readonly pglite: PGlite,
    maxConnections: number,
  ) {
    this.server = createServer((socket) => {
      const connection = new WireConnection(socket, pglite);
      this.connections.add(connection);
      void connection.finished.then(() => this.connections.delete(connection));
    });
    this.server.maxConnections = maxConnections;
  }

  /** Listens on host:port (0 picks a free port) and returns the port. */
  async listen(host: string, port: number): Promise<number> {
    await this.pglite.waitReady;
    await new Promise<void>((resolve, reject) => {
      this.server.once("error", reject);
      this.server.listen(port, host, () => resolve());
    });
    const address = this.server.address();
    if (address === null || typeof address === "string") throw new Error("embedded Postgres: no TCP address");
    return address.port;
  }

  /** Disconnects every client (rolling back what they left open) and stops listening. */
  async close(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    const connections = [...this.connections];
    for (const connection of connections) connection.socket.destroy();
    await Promise.all(connections.map((connection) => connection.finished));
    await closed;
  }
}

// The client waits for an answer after these, so everything before them goes to PGlite together.
const ENDS_A_TURN = new Set(["S", "Q", "H", "c", "f"]); // Sync, Query, Flush, CopyDone, CopyFail

class WireConnection {
  /** Resolves once the socket has closed and this connection has given PGlite back. */
  readonly finished: Promise<void>;
  private readonly reader = new FrameReader();
  private batch: Buffer[] = [];
  // This connection's turns, in order; PGlite's own lock orders them against other connections.
  private turns: Promise<void> = Promise.resolve();
  private release: (() => void) | undefined;

  constructor(
    readonly socket: Socket,
    private readonly pglite: PGlite,
  ) {
    socket.setNoDelay(true);
    socket.on("data", (data) => this.receive(data));
    socket.on("error", () => socket.destroy()); // 'close' follows and cleans up
    this.finished = new Promise((resolve) => {
      // Turns already received still run, as a real backend reads what was sent before the
      // close (a COMMIT followed by a disconnect commits); only their replies go nowhere.
      socket.once("close", () => resolve(this.enqueue(() => this.abandon())));
    });
  }

  private receive(data: Buffer): void {
    try {
      this.reader.push(data);
      for (let frame = this.reader.next(); frame; frame = this.reader.next()) this.handle(frame);
    } catch {
      this.socket.destroy();
    }
  }

  private handle(frame: Frame): void {
    if (frame.kind === "encryption-request")
      this.socket.write("N"); // loopback only: plain text
    else if (frame.kind === "cancel-request")
      this.socket.destroy(); // a turn cannot be interrupted
    else if (frame.kind === "startup") void this.enqueue(() => this.runTurn(frame.bytes));
    else if (frame.type === "X")
      this.socket.end(); // Terminate
    else {
      this.batch.push(frame.bytes);
      if (!ENDS_A_TURN.has(frame.type)) return;
      const turn = Buffer.concat(this.batch);
      this.batch = [];
      void this.enqueue(() => this.runTurn(turn));
    }
  }

  private enqueue(step: () => Promise<void>): Promise<void> {
    this.turns = this.turns.then(step).catch(() => void this.socket.destroy());
    return this.turns;
  }

  private async runTurn(messages: Buffer): Promise<void> {
    this.release ??= await lockPglite(this.pglite);
    // The streaming variant hands over raw bytes only; execProtocolRaw would also parse them into
    // a result list that nothing here clears, so a long dev session would keep every reply.
    const chunks: Buffer[] = [];
    await this.pglite.execProtocolRawStream(messages, { onRawData: (data) => chunks.push(Buffer.from(data)) });
    const reply = Buffer.concat(chunks);
    if (this.socket.writable && reply.length > 0) this.socket.write(reply);
    if (endsIdle(reply)) this.giveBack();
  }

  /** The client left while holding PGlite (mid-transaction or mid-batch): reset the session for the next. */
  private async abandon(): Promise<void> {
    if (!this.release) return;
    try {
      const ignore = { onRawData: () => {} };
      // CopyFail ends a COPY FROM STDIN, Sync an unfinished extended-protocol batch (outside a
      // COPY the backend ignores CopyFail); their replies go nowhere.
      await this.pglite.execProtocolRawStream(Buffer.concat([COPY_FAIL_MESSAGE, SYNC_MESSAGE]), ignore);
      if (this.pglite.isInTransaction()) await this.pglite.execProtocolRawStream(queryMessage("ROLLBACK"), ignore);
    } finally {
      this.giveBack();
    }
  }

  private giveBack(): void {
    this.release?.();
    this.release = undefined;
  }
}

/**
 * Takes PGlite's own query lock and hands back its release, so in-process `pglite.query()`
 * callers also wait while a connection holds PGlite across several turns.
 */
function lockPglite(pglite: PGlite): Promise<() => void> {
  return new Promise((granted) => {
    void pglite.runExclusive(() => new Promise<void>((release) => granted(() => release())));
  });
}
