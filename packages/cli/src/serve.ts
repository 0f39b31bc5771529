import { rmSync } from "node:fs";
import { getEnv } from "@tillbox/config";
import { assertProductionConfig } from "@tillbox/auth/production-config";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "@tillbox/db/embedded";
import { embeddedDataDir, isPortOpen, openDatabase } from "./database";
import { bootInstalledPlugins, migrate, seed } from "./db-commands";
import { startService, stopService } from "./processes";
import { warmUpInBackground } from "./warm-up/background";

/**
 * `pnpm dev` / `pnpm start`: the database (embedded unless DATABASE_URL is set), migrations,
 * demo data, then both apps through turbo. Ctrl-C stops everything.
 */
export async function serve(task: "dev" | "start"): Promise<void> {
  // `next start` runs in production mode whatever NODE_ENV says here: refuse default secrets before anything starts.
  if (task === "start") assertProductionConfig({ ...process.env, NODE_ENV: "production" });
  const env = getEnv();
  let embedded: EmbeddedPostgres | undefined;
  if (!env.DATABASE_URL) {
    if (await isPortOpen(env.TILLBOX_EMBEDDED_DB_PORT)) {
      throw new Error(`Port ${env.TILLBOX_EMBEDDED_DB_PORT} is taken: is another \`pnpm dev\` running? Stop it or set TILLBOX_EMBEDDED_DB_PORT.`);
    }
    if (process.env.TILLBOX_FRESH === "1") rmSync(embeddedDataDir(), { recursive: true, force: true });
    embedded = await startEmbeddedPostgres({ dataDir: embeddedDataDir(), port: env.TILLBOX_EMBEDDED_DB_PORT });
    process.env.DATABASE_URL = embedded.url;
    console.log(`Embedded Postgres (PGlite) in ${embeddedDataDir()}, serving ${embedded.url}`);
  }

  const database = await openDatabase();
  try {
    const applied = await migrate(database);
    console.log(applied.length ? `Applied ${applied.length} migration(s).` : "Migrations are up to date.");
    // Demo data only for development; production just syncs plugin states.
    if (task === "dev") await seed(database);
    else await bootInstalledPlugins(database);
  } finally {
    await database.close();
  }

  const apps = startService("pnpm", ["exec", "turbo", "run", task, "--filter=@tillbox/web", "--filter=@tillbox/admin", "--env-mode=loose", "--ui=stream"], {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    TURBO_TELEMETRY_DISABLED: "1",
  });
  console.log(`\nTillbox is starting:\n  customer portal  ${env.WEB_URL}\n  back-office      ${env.ADMIN_URL}\n`);
  // `next dev` compiles a page on its first visit (a minute and more on two cores): do it before anyone asks.
  const stopWarmUp = task === "dev" && env.TILLBOX_WARM_UP === "on" ? warmUpInBackground({ web: env.WEB_URL, admin: env.ADMIN_URL }) : () => {};

  const shutdown = async () => {
    stopWarmUp();
    stopService(apps);
    await embedded?.stop();
    process.exit(0);
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
  apps.once("exit", (code) => {
    stopWarmUp();
    void embedded?.stop().finally(() => process.exit(code ?? 0));
  });
}
