import { rmSync } from "node:fs";
import { getEnv, isProduction } from "@tillbox/config";
import { migrationSources, runMigrations } from "@tillbox/db/migrations";
import { allScopes, installedPlugins, pluginServiceFor } from "@tillbox/api";
import { ensureBuiltinRoles } from "@tillbox/core";
import { embeddedDataDir, type OpenDatabase } from "./database";
import { seedDemoUsers } from "./demo-users";
import { seedDemoCatalogue } from "./demo-catalogue";

export async function migrate(database: OpenDatabase): Promise<string[]> {
  const connection = await database.connect();
  try {
    return (await runMigrations(connection, migrationSources)).applied;
  } finally {
    await connection.close();
  }
}

/** Plugin states synced, then the default tenant's missing built-in roles created (with every installed scope). */
export async function bootInstalledPlugins(database: OpenDatabase): Promise<void> {
  const tenantId = getEnv().TILLBOX_DEFAULT_TENANT;
  await pluginServiceFor(database.db).boot({ tenantId, actorId: null });
  await ensureBuiltinRoles(database.db, tenantId, allScopes());
}

/**
 * Demo data, safe to run again: plugin states synced (new plugins enabled), the demo logins
 * and the demo catalogue (both outside production), then each enabled plugin's own `seed` with upserts.
 */
export async function seed(database: OpenDatabase): Promise<string[]> {
  const tenantId = getEnv().TILLBOX_DEFAULT_TENANT;
  const service = pluginServiceFor(database.db);
  await bootInstalledPlugins(database);
  await seedDemoUsers(database.db, tenantId);
  await seedDemoCatalogue(database.db, tenantId);
  const seeded: string[] = [];
  for (const plugin of installedPlugins) {
    if (!plugin.seed || !(await service.isEnabled(plugin.slug))) continue;
    await plugin.seed({ db: database.db, tenantId });
    seeded.push(plugin.slug);
  }
  return seeded;
}

/** Drops everything in the database (or the embedded data folder). Never in production. */
export async function reset(database: OpenDatabase): Promise<void> {
  if (isProduction()) throw new Error("db reset refuses to run with NODE_ENV=production.");
  if (database.url) {
    await database.db.$executeRawUnsafe("DROP SCHEMA public CASCADE");
    await database.db.$executeRawUnsafe("CREATE SCHEMA public");
  } else {
    await database.close();
    rmSync(embeddedDataDir(), { recursive: true, force: true });
  }
}
