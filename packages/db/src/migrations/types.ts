/** One SQL migration file, as listed by `pnpm compose` in migrations.generated.ts. */
export interface MigrationSource {
  /** "core" or the plugin slug that owns the file. */
  owner: string;
  name: string;
  /** Relative to the repository root. */
  path: string;
  /** sha256 (hex) of the file's bytes when compose last ran. */
  checksum: string;
}

/** The little the runner needs from a connection: pg.Client and PGlite both fit behind it. */
export interface SqlConnection {
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: Row[] }>;
  /** Runs a script that may hold several statements. */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

export interface AppliedMigration {
  owner: string;
  name: string;
  checksum: string;
  appliedAt: Date;
}

export class MigrationError extends Error {
  constructor(
    message: string,
    readonly file: string,
  ) {
    super(message);
    this.name = "MigrationError";
  }
}
