import { createHash, randomBytes } from "node:crypto";
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
  const template = await migratedTemplate(serverUrl);
  await withAdminClient(serverUrl, (admin) => createFromTemplate(admin, name, template));
  const url = withDatabase(serverUrl, name);
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

/**
 * Migrating every test database took most of the suite's time on the server. Instead one
 * template per set of migrations (named by their checksums, so a changed migration makes a new
 * one) is migrated once, under an advisory lock shared by all test workers, and each test
 * database is a copy of it (CREATE DATABASE … TEMPLATE), which is what a fresh migration yields.
 * Templates are named after DATABASE_URL's database too: two checkouts with different migrations
 * testing against one server (each with its own DATABASE_URL database) never drop each other's.
 */
let templateName: Promise<string> | undefined;

function migratedTemplate(serverUrl: string): Promise<string> {
  templateName ??= withAdminClient(serverUrl, async (admin) => {
    const digest = createHash("sha256")
      .update(migrationSources.map((source) => source.checksum).join(","))
      .digest("hex");
    const prefix = `tillbox_tpl_${templateTag(serverUrl)}_`;
    const name = `${prefix}${digest.slice(0, 16)}`;
    await admin.query("SELECT pg_advisory_lock(hashtext('tillbox_test_template'))");
    try {
      const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
      if (rowCount) return name;
      const stale = await admin.query<{ datname: string }>("SELECT datname FROM pg_database WHERE starts_with(datname, $1)", [prefix]);
      for (const { datname } of stale.rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
      const building = `${name}_building`;
      await admin.query(`DROP DATABASE IF EXISTS "${building}" WITH (FORCE)`);
      await admin.query(`CREATE DATABASE "${building}"`);
      const connection = await connectPg(withDatabase(serverUrl, building));
      try {
        await runMigrations(connection, migrationSources);
      } finally {
        await connection.close();
      }
      // Renamed only once fully migrated: a run killed halfway never leaves a half-built template.
      await admin.query(`ALTER DATABASE "${building}" RENAME TO "${name}"`);
      return name;
    } finally {
      await admin.query("SELECT pg_advisory_unlock(hashtext('tillbox_test_template'))");
    }
  });
  return templateName;
}

/** DATABASE_URL's database name, reduced to what fits a database name (they are at most 63 bytes). */
function templateTag(serverUrl: string): string {
  const database = decodeURIComponent(new URL(serverUrl).pathname.slice(1)) || "postgres";
  return database
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .slice(0, 24);
}

/** Copies wait while another copy of the same template is being taken ("being accessed by other users"). */
async function createFromTemplate(admin: pg.Client, name: string, template: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
      return;
    } catch (error) {
      const busy = error instanceof Error && /being accessed by other users/.test(error.message);
      if (!busy || attempt >= 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 100));
    }
  }
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
