import { describe, expect, it } from "vitest";
import { coreScopes } from "@tillbox/core";
import { appRouter } from "../src/root";
import { installed } from "../src/plugin-runtime";

type ProcedureRecord = Record<string, { _def: { meta?: { permission?: unknown } } }>;

/** Namespace (camelCase slug) → the scopes that plugin declared. */
function pluginScopesByNamespace(): Map<string, Set<string>> {
  const camel = (slug: string) => slug.replace(/-([a-z0-9])/g, (_, char: string) => char.toUpperCase());
  return new Map(installed.map((plugin) => [camel(plugin.slug), new Set(Object.keys(plugin.permissions ?? {}))]));
}

describe("every procedure declares its permission", () => {
  const procedures = Object.entries(appRouter._def.procedures as unknown as ProcedureRecord);

  it("finds the procedures of the core and of every installed plugin", () => {
    expect(procedures.length).toBeGreaterThan(5);
    for (const namespace of pluginScopesByNamespace().keys()) {
      expect(procedures.some(([path]) => path.startsWith(`${namespace}.`))).toBe(true);
    }
  });

  it.each(procedures)("%s names a known scope, public or signed-in", (path, procedure) => {
    const permission = procedure._def.meta?.permission;
    expect(typeof permission, `${path} has no permission`).toBe("string");
    const namespace = path.split(".")[0]!;
    const pluginScopes = pluginScopesByNamespace().get(namespace);
    // "signed-in": any user or API-key actor, for self-service on the caller's own data.
    const allowed = new Set<string>(["public", "signed-in", ...(pluginScopes ?? Object.keys(coreScopes))]);
    expect(allowed.has(permission as string), `${path} uses undeclared scope "${String(permission)}"`).toBe(true);
  });
});
