import { authenticateApiKey, catalogueScopes, resolvePermissions, scopeCatalogue, type AccessActor, type ScopeGroup } from "@tillbox/core";
import type { Db } from "@tillbox/db";
import type { Actor, Context } from "@tillbox/trpc";
import { originOf } from "./request-origin";
import { installed } from "./plugin-runtime";

/** Core scopes plus every installed plugin's: the matrix editor's columns, and what "*" expands to. */
export function installedScopeCatalogue(): ScopeGroup[] {
  return scopeCatalogue(installed);
}

export function allScopes(): string[] {
  return catalogueScopes(installedScopeCatalogue());
}

/** The actor of a signed-in user: their roles' scopes, read fresh (a suspended user holds none). */
export async function actorForUser(db: Db, userId: string): Promise<Actor> {
  return { kind: "user", id: userId, permissions: await resolvePermissions(db, userId, allScopes()) };
}

/** The actor behind a REST API key, or null when the key isn't live. */
export async function actorForApiKey(db: Db, rawKey: string): Promise<(Actor & { tenantId: string }) | null> {
  const principal = await authenticateApiKey(db, rawKey);
  return principal && { kind: "api-key", id: principal.userId, permissions: principal.scopes, tenantId: principal.tenantId };
}

/** What the access services need from a request: tenant, who, what they hold, and where from. */
export function accessActor(ctx: Context): AccessActor {
  // actorId is who acts (ownership checks); impersonatedBy is who answers for it (audit entries).
  return { ...originOf(ctx), actorId: ctx.actor.id, impersonatedBy: ctx.actor.impersonatedBy ?? null, permissions: ctx.actor.permissions };
}
