import { createConnection } from "node:net";
import { resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { getEnv } from "@tillbox/config";
import { createDb, type Db } from "@tillbox/db";
import { connectPg, findRepoRoot, pgliteConnection, type SqlConnection } from "@tillbox/db/migrations";

export interface OpenDatabase {
  db: Db;
  url: string | undefined;
  /** A dedicated connection for the migration runner (it holds a session-level lock). */
  connect(): Promise<SqlConnection>;
  close(): Promise<void>;
}

export function embeddedDataDir(): string {
  return resolve(findRepoRoot(), getEnv().TILLBOX_DATA_DIR, "pglite");
}

export function embeddedUrl(port = getEnv().TILLBOX_EMBEDDED_DB_PORT): string {
  return `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`;
}

export function isPortOpen(port: number): Promise<boolean> {
  return new Promise((resolvePort) => {
    const socket = createConnection({ port, host: "127.0.0.1" });
    socket.once("connect", () => resolvePort(socket.end() && true));
    socket.once("error", () => resolvePort(false));
  });
}

/**
 * The database the CLI works on: DATABASE_URL; else the embedded one a running `pnpm dev`
 * serves; else the embedded data folder opened in this process (nobody else has it open).
 */
export async function openDatabase(): Promise<OpenDatabase> {
  const env = getEnv();
  const url = env.DATABASE_URL ?? ((await isPortOpen(env.TILLBOX_EMBEDDED_DB_PORT)) ? embeddedUrl() : undefined);
  if (url) {
    const db = createDb({ url });
    return { db, url, connect: () => connectPg(url), close: () => db.$disconnect() };
  }
  const pglite = await PGlite.create(embeddedDataDir());
  const db = createDb({ pglite });
  return {
    db,
    url: undefined,
    connect: async () => pgliteConnection(pglite),
    async close() {
      await db.$disconnect();
      await pglite.close();
    },
  };
}
