import type { Db } from "@tillbox/db";

/** Who is calling. Until identity lands, non-production requests act as the dev admin. */
export interface Actor {
  /** "user": a signed-in person (resolved role scopes); "api-key": a REST client (the key's scopes). */
  kind: "anonymous" | "dev-admin" | "system" | "user" | "api-key";
  id: string | null;
  /** "all" for the dev admin and system jobs; otherwise the granted scopes. */
  permissions: "all" | ReadonlySet<string>;
}

/** What a procedure needs to know about plugin runtime state; read fresh on every request. */
export interface PluginGate {
  isEnabled(slug: string): Promise<boolean>;
}

export interface EventCatalogueEntry {
  name: string;
  description: string;
}

export interface Context {
  /**
   * Scoped to tenantId by the host (forTenant in @tillbox/db): reads, updates and deletes of
   * tenant tables only see this tenant's rows and creates are stamped with it. Use it for all
   * request work; platform-wide work (tenant admin) goes through core services.
   */
  db: Db;
  tenantId: string;
  actor: Actor;
  headers: Headers;
  plugins: PluginGate;
  /** Every domain event of the core and the installed plugins (composed). */
  eventCatalogue: readonly EventCatalogueEntry[];
}

export function hasPermission(actor: Actor, permission: string): boolean {
  if (permission === "public") return true;
  if (actor.permissions === "all") return true;
  return actor.permissions.has(permission);
}
