import type { Db } from "@tillbox/db";

/** Who is calling: resolved per request from an API key or the Auth.js session (packages/api). */
export interface Actor {
  /** "user": a signed-in person (resolved role scopes); "api-key": a REST client (the key's scopes). */
  kind: "anonymous" | "system" | "user" | "api-key";
  id: string | null;
  /** "all" for system jobs (and tests); otherwise the granted scopes. */
  permissions: "all" | ReadonlySet<string>;
  /** Set while an admin acts as this user (impersonation): the admin's id, recorded in the audit log. */
  impersonatedBy?: string;
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

/**
 * Besides scopes, two special permissions: "public" (anyone) and "signed-in" (any user or API-key
 * actor, for self-service procedures that act on the caller's own data).
 */
export const SIGNED_IN = "signed-in";

export function hasPermission(actor: Actor, permission: string): boolean {
  if (permission === "public") return true;
  if (permission === SIGNED_IN) return (actor.kind === "user" || actor.kind === "api-key") && actor.id !== null;
  if (actor.permissions === "all") return true;
  return actor.permissions.has(permission);
}
