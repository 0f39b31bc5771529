import { createPluginService, type InstalledPlugin, type PluginService } from "@tillbox/core";
import type { Db } from "@tillbox/db";
import { installedPlugins } from "./generated/plugins.generated";

/** The composed plugin list, typed for the runtime (manifests are validated by compose). */
export const installed: readonly InstalledPlugin[] = installedPlugins as readonly InstalledPlugin[];

const services = new WeakMap<Db, PluginService>();

/** One service per client: the registry is built once, state is always read from the database. */
export function pluginServiceFor(db: Db): PluginService {
  let service = services.get(db);
  if (!service) {
    service = createPluginService(db, installed);
    services.set(db, service);
  }
  return service;
}
