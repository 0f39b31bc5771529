import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { Socket } from "node:net";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../client";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./index";

// Both Next apps reach the embedded database through several pg connections at once; one
// PGlite backend serves them all, so these tests hammer it from many connections together.
let server: EmbeddedPostgres;
let dataDir: string;
let pools: pg.Pool[] = [];

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "tillbox-embedded-"));
  server = await startEmbeddedPostgres({ dataDir, port: 0 });
  pools = Array.from({ length: 8 }, (_, i) => new pg.Pool({ connectionString: server.url, max: 3, ...(i % 2 ? { stream: () => new SplittingSocket() } : {}) }));
  await pools[0]!.query("CREATE TABLE ledger (tx int NOT NULL, n int NOT NULL)");
});
afterAll(async () => {
  await Promise.all(pools.map((pool) => pool.end()));
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/**
 * A client socket that sends every write in two pieces a moment apart, as a loaded network or
 * a busy client process may: the server sees half a Parse/Bind/…/Sync batch, and must not let
 * another connection's messages into PGlite before the rest arrives.
 */
class SplittingSocket extends Socket {
  override _write(chunk: Buffer, encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    const half = chunk.length >> 1;
    super._write(chunk.subarray(0, half), encoding, (error) => {
      if (error) return callback(error);
      setTimeout(() => super._write(chunk.subarray(half), encoding, callback), 5);
    });
  }
  // pg corks the socket around a Parse/Bind/…/Sync batch: Node hands the batch over here.
  override _writev(chunks: { chunk: Buffer }[], callback: (error?: Error | null) => void): void {
    this._write(Buffer.concat(chunks.map(({ chunk }) => chunk)), "buffer" as BufferEncoding, callback);
  }
}

/**
 * `SELECT $1::int + … + $k::int, $k+1::text`: every query has its own parameter count. Every
 * tenth tag is ~100 kB, so its Bind message reaches the server in several socket reads.
 */
function sumQuery(i: number) {
  const count = 1 + (i % 7);
  const values = Array.from({ length: count }, (_, j) => i + j);
  const terms = values.map((_, j) => `$${j + 1}::int`).join(" + ");
  return { text: `SELECT ${terms} AS sum, $${count + 1}::text AS tag`, values: [...values, tagOf(i)] };
}
const tagOf = (i: number) => (i % 10 === 0 ? "x".repeat(100_000) : "") + `q${i}`;

describe("the embedded server under concurrent connections", () => {
  it("answers hundreds of parameterized queries with differing parameter counts, each correctly", async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 400 }, async (_, i) => {
        const { text, values } = sumQuery(i);
        const { rows } = await pools[i % pools.length]!.query(text, values);
        const expected = values.slice(0, -1).reduce<number>((total, value) => total + Number(value), 0);
        expect(rows).toEqual([{ sum: expected, tag: tagOf(i) }]);
      }),
    );
    expect(results.filter((result) => result.status === "rejected")).toEqual([]);
  });

  it("keeps a failing statement's error on its own connection", async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 120 }, (_, i) => pools[i % pools.length]!.query("SELECT 100 / $1::int AS q, $2::text AS tag", [i % 10 === 0 ? 0 : 4, `e${i}`])),
    );
    results.forEach((result, i) => {
      if (i % 10 === 0) expect(result.status === "rejected" && (result.reason as { code?: string }).code).toBe("22012");
      else expect(result.status === "fulfilled" && result.value.rows).toEqual([{ q: 25, tag: `e${i}` }]);
    });
  });

  it("keeps each transaction to itself across round trips while other connections query", async () => {
    const transaction = async (tx: number) => {
      const client = await pools[tx % pools.length]!.connect();
      try {
        await client.query("BEGIN");
        await client.query("INSERT INTO ledger (tx, n) VALUES ($1, 1), ($1, 2)", [tx]);
        await new Promise((resolve) => setTimeout(resolve, 1 + (tx % 4)));
        const { rows } = await client.query("SELECT count(*)::int AS c FROM ledger WHERE tx = $1", [tx]);
        expect(rows[0].c).toBe(2);
        await client.query(tx % 3 === 0 ? "ROLLBACK" : "COMMIT");
      } finally {
        client.release();
      }
    };
    const noise = Array.from({ length: 150 }, async (_, i) => {
      const { text, values } = sumQuery(i);
      await pools[(i + 3) % pools.length]!.query(text, values);
    });
    const txs = Array.from({ length: 30 }, (_, tx) => transaction(tx));
    const results = await Promise.allSettled([...txs, ...noise]);
    expect(results.filter((result) => result.status === "rejected")).toEqual([]);

    const { rows } = await pools[0]!.query("SELECT DISTINCT tx FROM ledger ORDER BY tx");
    const committed = Array.from({ length: 30 }, (_, tx) => tx).filter((tx) => tx % 3 !== 0);
    expect(rows.map((row) => row.tx)).toEqual(committed);
  });

  it("keeps a paged query's portal (Execute with a row limit, then Flush) until its Sync", async () => {
    const paged = async (i: number) => {
      const client = await pools[i % pools.length]!.connect();
      try {
        const text = "SELECT g, $1::text AS tag FROM generate_series(1, $2::int) g";
        const query = client.query(new pg.Query({ text, values: [`p${i}`, 5], rows: 2 } as pg.QueryConfig));
        return await new Promise<unknown[]>((resolve, reject) => {
          query.on("end", (result: pg.QueryResult) => resolve(result.rows));
          query.on("error", reject);
        });
      } finally {
        client.release();
      }
    };
    const rows = await Promise.all(Array.from({ length: 40 }, (_, i) => paged(i)));
    rows.forEach((pageRows, i) => expect(pageRows).toEqual([1, 2, 3, 4, 5].map((g) => ({ g, tag: `p${i}` }))));
  });

  it("rolls back a transaction whose client disconnects and lets the others go on", async () => {
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    await client.query("BEGIN");
    await client.query("INSERT INTO ledger (tx, n) VALUES ($1, 1)", [999]);
    const others = Promise.all(Array.from({ length: 20 }, (_, i) => pools[i % pools.length]!.query(sumQuery(i).text, sumQuery(i).values)));
    await client.end();
    await others;
    const { rows } = await pools[1]!.query("SELECT count(*)::int AS c FROM ledger WHERE tx = $1", [999]);
    expect(rows).toEqual([{ c: 0 }]);
  });

  it("serves Prisma (adapter-pg) raw queries and interactive transactions concurrently", async () => {
    const adapter = new PrismaPg({ connectionString: server.url, max: 6, stream: () => new SplittingSocket() });
    const db = new PrismaClient({ adapter });
    try {
      const work = Array.from({ length: 60 }, async (_, i) => {
        if (i % 5 === 0) {
          return db.$transaction(async (tx) => {
            await tx.$executeRawUnsafe("INSERT INTO ledger (tx, n) VALUES ($1, $2)", 1000 + i, i);
            const rows = await tx.$queryRawUnsafe<{ n: number }[]>("SELECT n FROM ledger WHERE tx = $1", 1000 + i);
            expect(rows).toEqual([{ n: i }]);
          });
        }
        const { text, values } = sumQuery(i);
        const rows = await db.$queryRawUnsafe<{ tag: string }[]>(text, ...values);
        expect(rows[0]?.tag).toBe(tagOf(i));
      });
      const results = await Promise.allSettled(work);
      expect(results.filter((result) => result.status === "rejected")).toEqual([]);
    } finally {
      await db.$disconnect();
    }
  });
});
