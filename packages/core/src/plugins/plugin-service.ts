import type { Db } from "@tillbox/db";
import { coreEvents, emit } from "@tillbox/events";
import { recordAudit } from "../audit/record-audit";
import { PluginRegistry } from "./registry";
import { readSettings, settingsJsonSchema, validateSettings } from "./settings";
import { disablePlugin, enablePlugin } from "./state-changes";
import { syncInstalledPlugins } from "./sync";
import type { ChangeOrigin, InstalledPlugin, PluginView } from "./types";

export type PluginService = ReturnType<typeof createPluginService>;

/** Runtime state of the installed plugins, read from and written to the database only. */
export function createPluginService(db: Db, installed: readonly InstalledPlugin[]) {
  const registry = new PluginRegistry(installed);

  async function list(): Promise<PluginView[]> {
    const rows = new Map((await db.pluginState.findMany()).map((row) => [row.slug, row]));
    const views = installed.map((plugin): PluginView => {
      const row = rows.get(plugin.slug);
      return {
        slug: plugin.slug,
        name: plugin.name,
        version: plugin.version,
        description: plugin.description,
        installed: true,
        status: row?.status ?? "discovered",
        error: row?.error ?? null,
        dependsOn: registry.dependenciesOf(plugin.slug),
        dependents: registry.dependentsOf(plugin.slug),
        permissions: { ...plugin.permissions },
        settings: readSettings(plugin, row?.settings),
        settingsSchema: settingsJsonSchema(plugin),
        updatedAt: row?.updatedAt ?? null,
      };
    });
    // Rows of plugins whose code was removed: shown so operators know their data is still there.
    for (const row of rows.values()) {
      if (registry.has(row.slug)) continue;
      views.push({
        slug: row.slug,
        name: row.slug,
        version: row.version,
        description: "No longer installed; its data is kept.",
        installed: false,
        status: row.status,
        error: row.error,
        dependsOn: [],
        dependents: [],
        permissions: {},
        settings: {},
        settingsSchema: null,
        updatedAt: row.updatedAt,
      });
    }
    return views;
  }

  return {
    registry,
    list,
    async info(slug: string): Promise<PluginView> {
      registry.get(slug);
      return (await list()).find((view) => view.slug === slug)!;
    },
    async isEnabled(slug: string): Promise<boolean> {
      const row = await db.pluginState.findUnique({ where: { slug }, select: { status: true } });
      return row?.status === "enabled" && registry.has(slug);
    },
    async enabledSlugs(): Promise<string[]> {
      const rows = await db.pluginState.findMany({ where: { status: "enabled" }, select: { slug: true } });
      return rows.map((row) => row.slug).filter((slug) => registry.has(slug));
    },
    enable: (slug: string, origin: ChangeOrigin) => enablePlugin(db, registry, slug, origin),
    disable: (slug: string, origin: ChangeOrigin) => disablePlugin(db, registry, slug, origin),
    /** Every installed plugin's state and validated settings from one read (per-request hot paths). */
    async runtimeStates(): Promise<Map<string, { enabled: boolean; settings: Record<string, unknown> }>> {
      const rows = await db.pluginState.findMany({ select: { slug: true, status: true, settings: true } });
      const states = new Map<string, { enabled: boolean; settings: Record<string, unknown> }>();
      for (const row of rows) {
        if (!registry.has(row.slug)) continue;
        const enabled = row.status === "enabled";
        states.set(row.slug, { enabled, settings: enabled ? readSettings(registry.get(row.slug), row.settings) : {} });
      }
      return states;
    },
    async getSettings(slug: string): Promise<Record<string, unknown>> {
      const row = await db.pluginState.findUnique({ where: { slug } });
      return readSettings(registry.get(slug), row?.settings);
    },
    async updateSettings(slug: string, values: unknown, origin: ChangeOrigin): Promise<Record<string, unknown>> {
      const settings = validateSettings(registry.get(slug), values);
      await db.$transaction(async (tx) => {
        await tx.pluginState.update({ where: { slug }, data: { settings: settings as object } });
        await emit(tx, coreEvents.pluginSettingsUpdated, { slug }, { tenantId: origin.tenantId });
        await recordAudit(tx, { ...origin, action: "plugin.settings.update", targetType: "plugin", targetId: slug, data: settings as object });
      });
      return settings;
    },
    /**
     * Boot: sync state rows, then enable plugins seen for the first time (in dependency order,
     * which is the composed order). A failing hook leaves that plugin in `error`; boot goes on.
     */
    async boot(origin: ChangeOrigin): Promise<{ discovered: string[]; failed: string[] }> {
      const discovered = await syncInstalledPlugins(db, registry);
      const failed: string[] = [];
      for (const plugin of installed) {
        if (!discovered.includes(plugin.slug)) continue;
        await enablePlugin(db, registry, plugin.slug, origin).catch(() => failed.push(plugin.slug));
      }
      return { discovered, failed };
    },
  };
}
