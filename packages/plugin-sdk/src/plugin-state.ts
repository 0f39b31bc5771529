import type { z } from "zod";
import type { DbOrTx } from "@tillbox/db";

/**
 * A plugin's own runtime switch, read fresh: functions and services check it on every run so
 * an operator's disable takes effect without a restart.
 */
export async function isPluginEnabled(db: DbOrTx, slug: string): Promise<boolean> {
  const row = await db.pluginState.findUnique({ where: { slug }, select: { status: true } });
  return row?.status === "enabled";
}

/**
 * A plugin's settings as the host stored them (validated on write), parsed with the plugin's
 * schema. Values that no longer parse, after a schema change, fall back to the defaults.
 */
export async function readPluginSettings<TSchema extends z.ZodObject>(db: DbOrTx, slug: string, schema: TSchema): Promise<z.output<TSchema>> {
  const row = await db.pluginState.findUnique({ where: { slug }, select: { settings: true } });
  const parsed = schema.safeParse(row?.settings ?? {});
  return parsed.success ? parsed.data : schema.parse({});
}
