import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runMigrations, sha256, type MigrationSource } from "../src/migrations";
import { bareConnection } from "./bare-connection";

function fixtureRoot(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "tillbox-migrations-"));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

function source(owner: string, path: string, content: string): MigrationSource {
  return { owner, name: path.split("/").pop()!, path, checksum: sha256(content) };
}

describe("migration runner", () => {
  const core = "CREATE TABLE a (id int primary key);";
  const plugin = "CREATE TABLE b (id int primary key references a(id));";

  it("applies core then plugin migrations once, recording name, owner and checksum", async () => {
    const root = fixtureRoot({ "prisma/migrations/0001.sql": core, "plugins/p/migrations/0001.sql": plugin });
    const sources = [source("core", "prisma/migrations/0001.sql", core), source("p", "plugins/p/migrations/0001.sql", plugin)];
    const { connection } = await bareConnection();

    const first = await runMigrations(connection, sources, root);
    const second = await runMigrations(connection, sources, root);

    expect(first.applied).toEqual(["prisma/migrations/0001.sql", "plugins/p/migrations/0001.sql"]);
    expect(second).toEqual({ applied: [], alreadyApplied: 2 });
    const { rows } = await connection.query<{ owner: string; checksum: string }>(
      `SELECT owner, checksum FROM "_tillbox_migrations" ORDER BY applied_at, owner`,
    );
    expect(rows.map((row) => row.owner).sort()).toEqual(["core", "p"]);
    expect(rows.find((row) => row.owner === "core")?.checksum).toBe(sha256(core));
  });

  it("refuses an applied migration whose file changed, naming the file", async () => {
    const root = fixtureRoot({ "prisma/migrations/0001.sql": core });
    const sources = [source("core", "prisma/migrations/0001.sql", core)];
    const { connection } = await bareConnection();
    await runMigrations(connection, sources, root);

    writeFileSync(join(root, "prisma/migrations/0001.sql"), `${core}\n-- edited`);
    await expect(runMigrations(connection, sources, root)).rejects.toThrow(/prisma\/migrations\/0001\.sql was changed/);
  });

  it("rolls back a failing migration as a whole and names its file", async () => {
    const broken = "CREATE TABLE c (id int); INSERT INTO missing_table VALUES (1);";
    const root = fixtureRoot({ "prisma/migrations/0001.sql": broken });
    const { connection } = await bareConnection();

    await expect(runMigrations(connection, [source("core", "prisma/migrations/0001.sql", broken)], root)).rejects.toThrow(
      /0001\.sql failed and was rolled back/,
    );
    const { rows } = await connection.query(`SELECT to_regclass('c') AS present`);
    expect(rows[0]).toEqual({ present: null });
  });

  it.skipIf(!process.env.DATABASE_URL)("serialises concurrent runners with the advisory lock", async () => {
    const slow = "SELECT pg_sleep(0.3); CREATE TABLE once_only (id int);";
    const root = fixtureRoot({ "prisma/migrations/0001.sql": slow });
    const sources = [source("core", "prisma/migrations/0001.sql", slow)];
    const { connection, open } = await bareConnection();
    const other = await open();

    const results = await Promise.all([runMigrations(connection, sources, root), runMigrations(other, sources, root)]);

    expect(results.map((result) => result.applied.length).sort()).toEqual([0, 1]);
  });
});
