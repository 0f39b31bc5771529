import { randomBytes } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { createDb, type Db } from "../client";
import { connectPg, pgliteConnection } from "../migrations/connections";
import { runMigrations } from "../migrations/runner";
import { migrationSources } from "../migrations.generated";

export interface TestDb {
  db: Db;
  /** Set on the real server: a connection string to this test's own database. */
  url: string | undefined;
  close(): Promise<void>;
}

/**
 * A freshly migrated database per call: its own throwaway database on the server named by
 * DATABASE_URL, or an in-memory PGlite when DATABASE_URL is unset. Tests never share state.
 */
export async function createTestDb(): Promise<TestDb> {
  const serverUrl = process.env.DATABASE_URL;
  return serverUrl ? createServerTestDb(serverUrl) : createPgliteTestDb();
}

/** A migrated data directory, made once per process; each test database starts from a copy. */
let migratedSnapshot: Promise<Blob> | undefined;

function snapshot(): Promise<Blob> {
  migratedSnapshot ??= (async () => {
    const template = await PGlite.create();
    await runMigrations(pgliteConnection(template), migrationSources);
    const dump = await template.dumpDataDir("none");
    await template.close();
    return dump;
  })();
  return migratedSnapshot;
}

async function createPgliteTestDb(): Promise<TestDb> {
  const pglite = await PGlite.create({ loadDataDir: await snapshot() });
  const db = createDb({ pglite });
  return {
    db,
    url: undefined,
    async close() {
      await db.$disconnect();
      await pglite.close();
    },
  };
}

async function createServerTestDb(serverUrl: string): Promise<TestDb> {
  const name = `tillbox_test_${randomBytes(6).toString("hex")}`;
  await withAdminClient(serverUrl, (admin) => admin.query(`CREATE DATABASE "${name}"`));
  const url = withDatabase(serverUrl, name);
  const connection = await connectPg(url);
  try {
    await runMigrations(connection, migrationSources);
  } finally {
    await connection.close();
  }
  const db = createDb({ url });
  return {
    db,
    url,
    async close() {
      await db.$disconnect();
      await withAdminClient(serverUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

async function withAdminClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
