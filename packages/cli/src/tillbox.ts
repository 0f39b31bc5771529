import { pluginServiceFor } from "@tillbox/api";
import { getEnv } from "@tillbox/config";
import { openDatabase } from "./database";
import { migrate, reset, seed } from "./db-commands";
import { formatPluginInfo, formatPluginTable } from "./format";

const usage = `Usage: pnpm tillbox <command>
  plugins list                 installed plugins and their states
  plugins info <slug>          one plugin: state, dependencies, scopes, settings
  plugins enable <slug>        enable (refused while a dependency is disabled)
  plugins disable <slug>       disable (refused while an enabled plugin depends on it)
  db migrate                   apply pending migrations (core, then plugins)
  db seed                      demo data (idempotent)
  db reset                     drop everything, migrate and seed (refused in production)`;

async function main(args: string[]): Promise<void> {
  const [group, command, slug] = args;
  const known = group === "plugins" ? ["list", "info", "enable", "disable"] : group === "db" ? ["migrate", "seed", "reset"] : [];
  if (!command || !known.includes(command)) throw new UsageError(usage);
  if (group === "plugins" && command !== "list" && !slug) throw new UsageError(`Missing plugin slug.\n\n${usage}`);

  let database = await openDatabase();
  try {
    const origin = { tenantId: getEnv().TILLBOX_DEFAULT_TENANT, actorId: "cli" };
    const plugins = pluginServiceFor(database.db);
    if (group === "db") {
      if (command === "reset") {
        await reset(database);
        database = await openDatabase();
        console.log("Database reset.");
      }
      if (command === "migrate" || command === "reset") {
        const applied = await migrate(database);
        console.log(applied.length ? `Applied ${applied.length} migration(s):\n  ${applied.join("\n  ")}` : "Migrations are up to date.");
      }
      if (command === "seed" || command === "reset") {
        const seeded = await seed(database);
        console.log(`Demo data seeded${seeded.length ? ` (plugins: ${seeded.join(", ")})` : ""}.`);
      }
      return;
    }
    await plugins.boot(origin);
    if (command === "list") console.log(formatPluginTable(await plugins.list()));
    if (command === "info") console.log(formatPluginInfo(await plugins.info(slug!)));
    if (command === "enable") {
      await plugins.enable(slug!, origin);
      console.log(`Enabled ${slug}.`);
    }
    if (command === "disable") {
      await plugins.disable(slug!, origin);
      console.log(`Disabled ${slug}.`);
    }
  } finally {
    await database.close();
  }
}

class UsageError extends Error {}

main(process.argv.slice(2)).catch((error: unknown) => {
  // Expected failures (refusals, bad input) print one line, no stack.
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(error instanceof UsageError ? 2 : 1);
});
