/**
 * Postgres wire-protocol framing, just enough to cut a client's byte stream into whole messages:
 * TCP hands them over in arbitrary pieces, and the server must know where each one ends.
 */

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;
// No client message is this big in development; a bigger length means the stream is garbage.
const MAX_MESSAGE_BYTES = 256 * 1024 * 1024;

export type Frame =
  /** SSLRequest / GSSENCRequest: the client asks for encryption before its startup message. */
  | { kind: "encryption-request" }
  /** CancelRequest, sent on a fresh connection to interrupt another one's query. */
  | { kind: "cancel-request" }
  /** StartupMessage (user, database, options), answered with authentication and ReadyForQuery. */
  | { kind: "startup"; bytes: Buffer }
  /** Any later message: one type byte (`P`arse, `B`ind, `S`ync, `Q`uery…), Int32 length, body. */
  | { kind: "message"; type: string; bytes: Buffer };

export class FrameReader {
  private pending: Buffer = Buffer.alloc(0);
  // Packets before the startup message have no type byte; every message after it has one.
  private started = false;

  push(data: Buffer): void {
    this.pending = this.pending.length === 0 ? data : Buffer.concat([this.pending, data]);
  }

  /** The next whole frame, or undefined until more bytes arrive. Throws on a malformed length. */
  next(): Frame | undefined {
    const typed = this.started;
    const headerBytes = typed ? 5 : 8;
    if (this.pending.length < headerBytes) return undefined;
    // The Int32 length counts itself but not the type byte.
    const length = typed ? 1 + this.pending.readInt32BE(1) : this.pending.readInt32BE(0);
    if (length < (typed ? 5 : 8) || length > MAX_MESSAGE_BYTES) throw new Error(`malformed message length ${length}`);
    if (this.pending.length < length) return undefined;

    const bytes = this.pending.subarray(0, length);
    this.pending = this.pending.subarray(length);
    if (typed) return { kind: "message", type: String.fromCharCode(bytes[0]!), bytes };
    const code = bytes.readInt32BE(4);
    if (code === SSL_REQUEST || code === GSSENC_REQUEST) return { kind: "encryption-request" };
    if (code === CANCEL_REQUEST) return { kind: "cancel-request" };
    this.started = true;
    return { kind: "startup", bytes };
  }
}

/** A message whose body is one C string: Query (`Q`) and CopyFail (`f`), for the server's own clean-up. */
function textMessage(type: "Q" | "f", text: string): Buffer {
  const body = Buffer.from(`${text}\0`);
  const header = Buffer.alloc(5);
  header.write(type, 0);
  header.writeInt32BE(4 + body.length, 1);
  return Buffer.concat([header, body]);
}

export const queryMessage = (sql: string): Buffer => textMessage("Q", sql);
export const COPY_FAIL_MESSAGE = textMessage("f", "client disconnected");
export const SYNC_MESSAGE = Buffer.from([0x53, 0, 0, 0, 4]);

/**
 * Whether `reply` ends with ReadyForQuery('I'): the backend finished everything the client sent
 * and sits outside any transaction. Anything else (status T or E: inside a transaction; no
 * ReadyForQuery: an extended-protocol batch ended by Flush, or a COPY) means it is mid-conversation.
 */
export function endsIdle(reply: Uint8Array): boolean {
  const at = reply.length - 6;
  return (
    at >= 0 &&
    reply[at] === 0x5a && // 'Z'
    Buffer.from(reply.buffer, reply.byteOffset + at + 1, 4).readInt32BE(0) === 5 &&
    reply[at + 5] === 0x49 // 'I'
  );
}
