import type { ProblemList } from "./errors";
import type { JsonValue } from "./parse-literal";
import type { ComposedPlugin } from "./render/model";

/** Top-level namespaces of the composed catalogue that belong to the host, not to a plugin. */
export const HOST_NAMESPACES = ["app", "ui"] as const;

/** Dotted paths of every message in a nested catalogue ("nav.users"). */
export function messageKeys(messages: JsonValue, prefix = ""): string[] {
  if (typeof messages !== "object" || messages === null || Array.isArray(messages)) return [prefix];
  return Object.entries(messages).flatMap(([key, value]) => messageKeys(value, prefix ? `${prefix}.${key}` : key));
}

/**
 * A plugin's strings live under its slug next to the host's namespaces, so a slug may not take
 * one of those; and every locale of a plugin must carry the keys of its English catalogue, or a
 * German page would show a raw key.
 */
export function checkMessageNamespaces(plugins: readonly ComposedPlugin[], problems: ProblemList): void {
  for (const { plugin, messages } of plugins) {
    if ((HOST_NAMESPACES as readonly string[]).includes(plugin.slug) && Object.keys(messages).length > 0) {
      problems.add(`${plugin.relDir}/messages: the slug "${plugin.slug}" is a reserved message namespace (${HOST_NAMESPACES.join(", ")})`);
    }
    const reference = messages.en;
    if (reference === undefined) continue;
    const expected = new Set(messageKeys(reference));
    for (const [locale, catalogue] of Object.entries(messages)) {
      const actual = new Set(messageKeys(catalogue));
      const missing = [...expected].filter((key) => !actual.has(key));
      const extra = [...actual].filter((key) => !expected.has(key));
      if (missing.length > 0) problems.add(`${plugin.relDir}/messages/${locale}.json: missing ${missing.slice(0, 5).join(", ")}`);
      if (extra.length > 0) problems.add(`${plugin.relDir}/messages/${locale}.json: not in en.json: ${extra.slice(0, 5).join(", ")}`);
    }
  }
}
