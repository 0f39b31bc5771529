import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../src/testing";

/**
 * Reads the migrated database itself (core and every composed plugin), so a table added later
 * is held to the same rules the moment its migration exists; no list of tables is kept here.
 */
let test: TestDb;
beforeAll(async () => {
  test = await createTestDb();
});
afterAll(() => test.close());

interface ForeignKey {
  name: string;
  child: string;
  parent: string;
  /** Child column → parent column, in key order. */
  pairs: string[];
  /** ON DELETE SET NULL: the child columns it nulls (every key column unless a list is given). */
  nulled: string[] | null;
}

async function tenantScopedTables(): Promise<Set<string>> {
  const rows = await test.db.$queryRaw<{ table: string }[]>`
    SELECT table_name AS "table" FROM information_schema.columns
    WHERE table_schema = current_schema() AND column_name = 'tenant_id'`;
  return new Set(rows.map((row) => row.table));
}

async function foreignKeys(): Promise<ForeignKey[]> {
  return test.db.$queryRaw<ForeignKey[]>`
    SELECT c.conname::text AS name, c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent,
      array(SELECT a.attname::text || '->' || b.attname::text
            FROM unnest(c.conkey, c.confkey) WITH ORDINALITY AS k(child_column, parent_column, position)
            JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.child_column
            JOIN pg_attribute b ON b.attrelid = c.confrelid AND b.attnum = k.parent_column
            ORDER BY k.position) AS pairs,
      CASE WHEN c.confdeltype <> 'n' THEN NULL
        ELSE array(SELECT a.attname::text FROM pg_attribute a
                   WHERE a.attrelid = c.conrelid AND a.attnum = ANY (coalesce(c.confdelsetcols, c.conkey)))
      END AS nulled
    FROM pg_constraint c
    WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace
    ORDER BY c.conname`;
}

describe("foreign keys between tenant-scoped tables", () => {
  it("all pair tenant_id with tenant_id, so no row can reference another tenant's row", async () => {
    const scoped = await tenantScopedTables();
    const between = (await foreignKeys()).filter((key) => scoped.has(key.child) && scoped.has(key.parent));

    // Not vacuous: core, billing and plugin relations are all among them.
    const names = between.map((key) => key.name);
    for (const name of ["billing_invoice_tenant_id_user_id_fkey", "api_key_tenant_id_user_id_fkey", "webhooks_delivery_tenant_id_endpoint_id_fkey"]) {
      expect(names).toContain(name);
    }
    const missing = between.filter((key) => !key.pairs.includes("tenant_id->tenant_id"));
    expect(missing.map((key) => `${key.name}: ${key.child}(${key.pairs.join(", ")}) → ${key.parent}`)).toEqual([]);
  });

  it("never null tenant_id or another NOT NULL column on delete (SET NULL names the reference only)", async () => {
    const nullable = await test.db.$queryRaw<{ column: string }[]>`
      SELECT table_name || '.' || column_name AS "column" FROM information_schema.columns
      WHERE table_schema = current_schema() AND is_nullable = 'YES'`;
    const canBeNull = new Set(nullable.map((row) => row.column));
    const setNull = (await foreignKeys()).filter((key) => key.nulled !== null);

    expect(setNull.map((key) => key.name)).toContain("billing_invoice_tenant_id_subscription_id_fkey");
    const wrong = setNull.flatMap((key) =>
      key.nulled!.filter((column) => !canBeNull.has(`${key.child}.${column}`)).map((column) => `${key.name} nulls ${key.child}.${column}`),
    );
    expect(wrong).toEqual([]);
  });
});

describe("tenant-scoped tables", () => {
  it("all refuse an update that moves a row to another tenant", async () => {
    const guarded = await test.db.$queryRaw<{ table: string }[]>`
      SELECT t.tgrelid::regclass::text AS "table" FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid
      WHERE p.proname = 'tillbox_refuse_tenant_change' AND NOT t.tgisinternal`;
    const have = new Set(guarded.map((row) => row.table));
    const unguarded = [...(await tenantScopedTables())].filter((table) => !have.has(table)).sort();
    expect(unguarded).toEqual([]);
    expect(have.has("webhooks_attempt")).toBe(true);
  });
});
