import { writeSync } from "node:fs";
import pg from "pg";

export interface Failpoint {
  /** Die just before a statement matching this is sent. */
  before?: RegExp;
  /** Die just after a statement matching this has completed. */
  after?: RegExp;
}

/** SIGKILL, as the OOM killer or a pulled plug would: no finally blocks, no graceful shutdown. */
export function die(reason: string): never {
  writeSync(1, `failpoint: ${reason}\n`);
  process.kill(process.pid, "SIGKILL");
  throw new Error("unreachable");
}

/**
 * A pg Pool (for Prisma's pg adapter) that kills the process at a chosen statement once `armed()`
 * says so: the crash tests arm it when the provider call has returned, so the statements before
 * it (idempotency key, payment lookup) run normally.
 */
export function failpointPool(url: string, point: Failpoint, armed: () => boolean): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  pool.on("connect", (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (config: unknown, ...rest: unknown[]) => {
      const text = typeof config === "string" ? config : ((config as { text?: string } | null)?.text ?? "");
      if (armed() && point.before?.test(text)) die(`before ${text.slice(0, 60)}`);
      const result = query(config, ...rest);
      if (!armed() || !point.after?.test(text) || !(result instanceof Promise)) return result;
      return result.then((value) => (die(`after ${text.slice(0, 60)}`), value));
    };
  });
  return pool;
}
