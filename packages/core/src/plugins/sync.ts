import type { Db } from "@tillbox/db";
import type { PluginRegistry } from "./registry";
import { readSettings } from "./settings";

/**
 * Boot-time sync: every installed plugin gets a state row (discovered → initialized with its
 * default settings), and the version follows the code. Safe to run from several processes.
 * Returns the slugs seen for the first time, which the caller may enable.
 */
export async function syncInstalledPlugins(db: Db, registry: PluginRegistry): Promise<string[]> {
  const existing = new Map((await db.pluginState.findMany()).map((row) => [row.slug, row]));
  const discovered: string[] = [];
  for (const plugin of registry.plugins) {
    const row = existing.get(plugin.slug);
    if (!row) {
      const created = await db.pluginState.createMany({
        data: [{ slug: plugin.slug, version: plugin.version, status: "discovered" }],
        skipDuplicates: true,
      });
      if (created.count === 1) discovered.push(plugin.slug);
    } else if (row.version !== plugin.version) {
      await db.pluginState.update({ where: { slug: plugin.slug }, data: { version: plugin.version } });
    }
  }
  for (const slug of discovered) {
    const plugin = registry.get(slug);
    await db.pluginState.updateMany({
      where: { slug, status: "discovered" },
      data: { status: "initialized", settings: readSettings(plugin, {}) as object },
    });
  }
  return discovered;
}
