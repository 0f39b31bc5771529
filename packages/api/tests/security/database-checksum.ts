import type { Db } from "@tillbox/db";

/**
 * A digest of every row of every table, per table, in one statement: a refused call must leave
 * each one as it was. Row counts alone miss an UPDATE, max(updated_at) misses tables without one
 * and an update that doesn't touch it, and pg_stat_user_tables is updated only when a backend
 * reports its statistics (not at commit). Hashing the rows' text is exact, and cheap on a test
 * database of a few hundred rows. Nothing else writes meanwhile: the suites start no event relay
 * and no timer, so a difference is the call's doing. The migration bookkeeping is left out; it
 * changes only when migrating.
 */
export async function tableDigests(db: Db): Promise<Map<string, string>> {
  const tables = await businessTables(db);
  const selects = tables.map(
    (table) =>
      `SELECT '${table}' AS "table", count(*)::int AS "rows", md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS "digest" FROM "${table}" t`,
  );
  const rows = await db.$queryRawUnsafe<{ table: string; rows: number; digest: string }[]>(selects.join(" UNION ALL "));
  return new Map(rows.map((row) => [row.table, `${row.rows} rows, ${row.digest}`]));
}

/** The tables whose digest differs between two snapshots ("table: before → after"). */
export function changedTables(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...new Set([...before.keys(), ...after.keys()])]
    .filter((table) => before.get(table) !== after.get(table))
    .map((table) => `${table}: ${before.get(table)} → ${after.get(table)}`);
}

const cache = new WeakMap<Db, Promise<string[]>>();

function businessTables(db: Db): Promise<string[]> {
  let tables = cache.get(db);
  if (!tables) {
    tables = db
      .$queryRawUnsafe<{ name: string }[]>(
        `SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename NOT LIKE '\\_tillbox\\_migrations%' ORDER BY 1`,
      )
      .then((rows) => rows.map((row) => row.name));
    cache.set(db, tables);
  }
  return tables;
}
