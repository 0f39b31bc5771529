export * from "./client";
export { getMigrationStatus, type MigrationStatus } from "./migrations/status";
export { migrationSources } from "./migrations.generated";
export type { MigrationSource } from "./migrations/types";
export * from "./tenant-scope";
export { withSavepoint, type SavepointOutcome } from "./savepoint";
