import { z } from "zod";
import { getDb, getMigrationStatus, migrationSources, type Db, type MigrationStatus } from "@tillbox/db";
import { pluginServiceFor } from "./plugin-runtime";

/** What /api/health and GET /api/v1/health report. */
export const healthSchema = z.object({
  ok: z.boolean(),
  database: z.object({ reachable: z.boolean(), latencyMs: z.number().nullable(), error: z.string().optional() }),
  migrations: z
    .object({ upToDate: z.boolean(), applied: z.number().int(), pending: z.array(z.string()), changed: z.array(z.string()) })
    .nullable() satisfies z.ZodType<MigrationStatus | null>,
  plugins: z.array(z.object({ slug: z.string(), version: z.string(), status: z.string(), error: z.string().nullable() })),
});
export type Health = z.infer<typeof healthSchema>;

/** What /api/health reports: each part degrades on its own instead of failing the whole check. */
export async function getHealth(db: Db = getDb()): Promise<Health> {
  const started = performance.now();
  try {
    await db.$queryRawUnsafe("SELECT 1");
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] : "unreachable";
    return { ok: false, database: { reachable: false, latencyMs: null, error: message }, migrations: null, plugins: [] };
  }
  const latencyMs = Math.round((performance.now() - started) * 10) / 10;
  const migrations = await getMigrationStatus(db, migrationSources);
  const plugins = migrations.upToDate ? (await pluginServiceFor(db).list()).map(({ slug, version, status, error }) => ({ slug, version, status, error })) : [];
  return { ok: migrations.upToDate, database: { reachable: true, latencyMs }, migrations, plugins };
}

export async function healthResponse(): Promise<Response> {
  const health = await getHealth().catch((error: unknown) => ({
    ok: false,
    database: { reachable: false, latencyMs: null, error: error instanceof Error ? error.message.split("\n")[0] : "error" },
    migrations: null,
    plugins: [],
  }));
  return Response.json(health, { status: health.ok ? 200 : 503, headers: { "cache-control": "no-store" } });
}
