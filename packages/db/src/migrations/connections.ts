import pg from "pg";
import type { PGlite } from "@electric-sql/pglite";
import type { SqlConnection } from "./types";

/** A dedicated connection: the session-level advisory lock must live on one connection. */
export async function connectPg(url: string): Promise<SqlConnection> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    query: async <Row>(sql: string, params?: unknown[]) => ({ rows: (await client.query(sql, params)).rows as Row[] }),
    exec: async (sql) => {
      await client.query(sql);
    },
    close: () => client.end(),
  };
}

/** Wraps a PGlite instance; closing the wrapper leaves the instance open for its owner. */
export function pgliteConnection(pglite: PGlite): SqlConnection {
  return {
    query: async <Row>(sql: string, params?: unknown[]) => ({ rows: (await pglite.query<Row>(sql, params)).rows }),
    exec: async (sql) => {
      await pglite.exec(sql);
    },
    close: async () => {},
  };
}
