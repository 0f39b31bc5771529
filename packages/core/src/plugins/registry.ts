import { DomainError } from "../errors";
import type { InstalledPlugin } from "./types";

/** Installed plugins by slug, with reverse dependencies; built once from the composed list. */
export class PluginRegistry {
  private readonly bySlug: Map<string, InstalledPlugin>;

  constructor(readonly plugins: readonly InstalledPlugin[]) {
    this.bySlug = new Map(plugins.map((plugin) => [plugin.slug, plugin]));
  }

  get(slug: string): InstalledPlugin {
    const plugin = this.bySlug.get(slug);
    if (!plugin) throw new DomainError("PLUGIN_NOT_INSTALLED", `Plugin "${slug}" is not installed.`, "NOT_FOUND");
    return plugin;
  }

  has(slug: string): boolean {
    return this.bySlug.has(slug);
  }

  dependenciesOf(slug: string): string[] {
    return [...(this.get(slug).dependsOn ?? [])];
  }

  dependentsOf(slug: string): string[] {
    return this.plugins.filter((plugin) => plugin.dependsOn?.includes(slug)).map((plugin) => plugin.slug);
  }
}
