import { findRepoRoot, readMigrationFile } from "./checksum";
import { MigrationError, type AppliedMigration, type MigrationSource, type SqlConnection } from "./types";

/** Any constant works; it only has to be the same in every process that migrates this database. */
const MIGRATION_LOCK_KEY = 7_431_220_011;
export const MIGRATIONS_TABLE = "_tillbox_migrations";

export interface MigrationReport {
  applied: string[];
  alreadyApplied: number;
}

const CREATE_TABLE = `
CREATE TABLE IF NOT EXISTS "${MIGRATIONS_TABLE}" (
  owner      TEXT NOT NULL,
  name       TEXT NOT NULL,
  checksum   TEXT NOT NULL,
  applied_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  PRIMARY KEY (owner, name)
)`;

/**
 * Applies pending migrations in the order given (core first, then plugins in dependency
 * order), each in its own transaction, under an advisory lock so concurrent boots wait.
 * An applied migration whose file has since changed is an error naming the file.
 */
export async function runMigrations(connection: SqlConnection, sources: readonly MigrationSource[], root = findRepoRoot()): Promise<MigrationReport> {
  await connection.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
  try {
    await connection.exec(CREATE_TABLE);
    const applied = await readApplied(connection);
    const report: MigrationReport = { applied: [], alreadyApplied: 0 };
    for (const source of sources) {
      const { sql, checksum } = await readMigrationFile(root, source.path).catch(() => {
        throw new MigrationError(`Migration file ${source.path} is missing.`, source.path);
      });
      const previous = applied.get(key(source));
      if (previous) {
        if (previous.checksum !== checksum) {
          throw new MigrationError(
            `Migration ${source.path} was changed after it was applied (checksum ${previous.checksum.slice(0, 12)} ≠ ${checksum.slice(0, 12)}). Add a new migration instead of editing an applied one.`,
            source.path,
          );
        }
        report.alreadyApplied += 1;
        continue;
      }
      await applyOne(connection, source, sql, checksum);
      report.applied.push(source.path);
    }
    return report;
  } finally {
    await connection.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
  }
}

async function applyOne(connection: SqlConnection, source: MigrationSource, sql: string, checksum: string) {
  await connection.exec("BEGIN");
  try {
    await connection.exec(sql);
    await connection.query(`INSERT INTO "${MIGRATIONS_TABLE}" (owner, name, checksum) VALUES ($1, $2, $3)`, [source.owner, source.name, checksum]);
    await connection.exec("COMMIT");
  } catch (error) {
    await connection.exec("ROLLBACK");
    const reason = error instanceof Error ? error.message : String(error);
    throw new MigrationError(`Migration ${source.path} failed and was rolled back: ${reason}`, source.path);
  }
}

export async function readApplied(connection: SqlConnection): Promise<Map<string, AppliedMigration>> {
  const { rows } = await connection.query<{ owner: string; name: string; checksum: string; applied_at: Date }>(
    `SELECT owner, name, checksum, applied_at FROM "${MIGRATIONS_TABLE}"`,
  );
  return new Map(rows.map((row) => [`${row.owner}/${row.name}`, { ...row, appliedAt: row.applied_at }]));
}

function key(source: MigrationSource): string {
  return `${source.owner}/${source.name}`;
}
