import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PgliteWireServer } from "./wire-server";

export interface EmbeddedPostgres {
  /** A connection string any pg client (both Next apps, the CLI) can use. */
  url: string;
  pglite: PGlite;
  stop(): Promise<void>;
}

/**
 * Real Postgres (PGlite, WASM) persisted in `dataDir`, served over the wire protocol so
 * several processes can share it. PGlite is one backend, so connections take turns (see
 * wire-server.ts), which is plenty for development; production uses DATABASE_URL.
 * `port: 0` picks a free port (tests); the url names the real one.
 */
export async function startEmbeddedPostgres(options: { dataDir: string; port: number }): Promise<EmbeddedPostgres> {
  mkdirSync(options.dataDir, { recursive: true });
  const pglite = await PGlite.create(options.dataDir);
  // Both apps keep pools of connections, the CLI opens more: turns make many of them cheap.
  const server = new PgliteWireServer(pglite, 64);
  const port = await server.listen("127.0.0.1", options.port);
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    pglite,
    async stop() {
      await server.close();
      await pglite.close();
    },
  };
}
