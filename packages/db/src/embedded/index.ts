import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export interface EmbeddedPostgres {
  /** A connection string any pg client (both Next apps, the CLI) can use. */
  url: string;
  pglite: PGlite;
  stop(): Promise<void>;
}

/**
 * Real Postgres (PGlite, WASM) persisted in `dataDir`, served over the wire protocol so
 * several processes can share it. PGlite runs one query at a time and keeps a connection's
 * transaction exclusive, which is plenty for development; production uses DATABASE_URL.
 */
export async function startEmbeddedPostgres(options: { dataDir: string; port: number }): Promise<EmbeddedPostgres> {
  mkdirSync(options.dataDir, { recursive: true });
  const pglite = await PGlite.create(options.dataDir);
  // maxConnections > 1: the default of 1 would starve the second app.
  const server = new PGLiteSocketServer({ db: pglite, port: options.port, host: "127.0.0.1", maxConnections: 32 });
  await server.start();
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${options.port}/postgres?sslmode=disable`,
    pglite,
    async stop() {
      await server.stop();
      await pglite.close();
    },
  };
}
