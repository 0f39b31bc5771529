import { coreScopes } from "../../scopes";

/** Stored on the owner role: every scope, including ones plugins installed later declare. */
export const ALL_SCOPES = "*";

export interface ScopeGroup {
  /** "core" or a plugin slug. */
  owner: string;
  name: string;
  scopes: { scope: string; description: string }[];
}

/** The slice of an installed plugin manifest the catalogue reads. */
type ScopeSource = { slug: string; name: string; permissions?: Readonly<Record<string, string>> };

/** Core scopes first, then each installed plugin's, in composed order: the columns of the matrix editor. */
export function scopeCatalogue(plugins: readonly ScopeSource[]): ScopeGroup[] {
  const describe = (record: Readonly<Record<string, string>>) => Object.entries(record).map(([scope, description]) => ({ scope, description }));
  return [
    { owner: "core", name: "Core", scopes: describe(coreScopes) },
    ...plugins
      .filter((plugin) => Object.keys(plugin.permissions ?? {}).length > 0)
      .map((plugin) => ({ owner: plugin.slug, name: plugin.name, scopes: describe(plugin.permissions ?? {}) })),
  ];
}

/** Every scope of a catalogue, flat. */
export function catalogueScopes(catalogue: readonly ScopeGroup[]): string[] {
  return catalogue.flatMap((group) => group.scopes.map((entry) => entry.scope));
}

/** "*" stands for every known scope; anything else is kept as stored. */
export function expandScopes(stored: readonly string[], allScopes: readonly string[]): Set<string> {
  return stored.includes(ALL_SCOPES) ? new Set(allScopes) : new Set(stored);
}
