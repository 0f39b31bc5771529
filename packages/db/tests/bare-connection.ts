import { PGlite } from "@electric-sql/pglite";
import { afterEach } from "vitest";
import { connectPg, pgliteConnection, type SqlConnection } from "../src/migrations";
import { createTestDb, type TestDb } from "../src/testing";

const opened: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (opened.length) await opened.pop()!();
});

/** A bare database (no migrations) on whichever backend the suite runs against, closed after each test. */
export async function bareConnection(): Promise<{ connection: SqlConnection; open: () => Promise<SqlConnection> }> {
  if (!process.env.DATABASE_URL) {
    const pglite = await PGlite.create();
    opened.push(() => pglite.close());
    return { connection: pgliteConnection(pglite), open: async () => pgliteConnection(pglite) };
  }
  // Borrow a fresh database from the test helper, then wipe what it migrated.
  const test: TestDb = await createTestDb();
  opened.push(() => test.close());
  await test.db.$executeRawUnsafe(`DROP SCHEMA public CASCADE; CREATE SCHEMA public;`);
  const open = async () => {
    const connection = await connectPg(test.url!);
    opened.push(() => connection.close());
    return connection;
  };
  return { connection: await open(), open };
}
