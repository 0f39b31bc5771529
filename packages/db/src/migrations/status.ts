import type { Db } from "../client";
import type { MigrationSource } from "./types";
import { MIGRATIONS_TABLE } from "./runner";

export interface MigrationStatus {
  upToDate: boolean;
  applied: number;
  pending: string[];
  /** Applied files whose checksum no longer matches (compose's record of the file). */
  changed: string[];
}

/** For /api/health: compares the composed migration list with what the database recorded. */
export async function getMigrationStatus(db: Db, sources: readonly MigrationSource[]): Promise<MigrationStatus> {
  const exists = await db.$queryRawUnsafe<{ present: boolean }[]>(`SELECT to_regclass('"${MIGRATIONS_TABLE}"') IS NOT NULL AS present`);
  const rows = exists[0]?.present
    ? await db.$queryRawUnsafe<{ owner: string; name: string; checksum: string }[]>(`SELECT owner, name, checksum FROM "${MIGRATIONS_TABLE}"`)
    : [];
  const recorded = new Map(rows.map((row) => [`${row.owner}/${row.name}`, row.checksum]));
  const pending: string[] = [];
  const changed: string[] = [];
  for (const source of sources) {
    const checksum = recorded.get(`${source.owner}/${source.name}`);
    if (checksum === undefined) pending.push(source.path);
    else if (checksum !== source.checksum) changed.push(source.path);
  }
  return { upToDate: pending.length === 0 && changed.length === 0, applied: rows.length, pending, changed };
}
