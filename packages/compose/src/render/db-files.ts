import { BANNER } from "../names";
import type { ComposeModel, OutputFile } from "./model";

/** The migration list: core first, then each plugin in dependency order, files by name. */
export function renderMigrations(model: ComposeModel): OutputFile {
  const entries = [...model.coreMigrations, ...model.plugins.flatMap(({ migrations }) => migrations)].map(
    (entry) =>
      `  { owner: ${JSON.stringify(entry.owner)}, name: ${JSON.stringify(entry.name)}, path: ${JSON.stringify(entry.path)}, checksum: "${entry.checksum}" },`,
  );
  const list = entries.length
    ? ["export const migrationSources: MigrationSource[] = [", ...entries, "];"]
    : ["export const migrationSources: MigrationSource[] = [];"];
  return {
    path: "packages/db/src/migrations.generated.ts",
    content: [`// ${BANNER}`, 'import type { MigrationSource } from "./migrations/types";', "", ...list, ""].join("\n"),
  };
}
