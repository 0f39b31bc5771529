/**
 * What a caller holds: "all" (dev admin, system jobs) or a set of scopes. Mirrors the tRPC Actor's
 * `permissions` without core depending on the tRPC package.
 */
export type Permissions = "all" | ReadonlySet<string>;

/** Who performs an access-management action, and from where (for the audit log). */
export interface AccessActor {
  tenantId: string;
  /** The acting user; null for the dev admin and system jobs. */
  actorId: string | null;
  permissions: Permissions;
  /** The admin behind an impersonated request: audit entries name them, not the user they act as. */
  impersonatedBy?: string | null;
  ip?: string | null;
  userAgent?: string | null;
}

export function holds(permissions: Permissions, scope: string): boolean {
  return permissions === "all" || permissions.has(scope);
}

/**
 * No privilege escalation: a caller may only grant, assign or act with scopes it holds itself.
 * A "*" (the owner role) can only be passed on by a caller holding every known scope.
 */
export function holdsAll(permissions: Permissions, scopes: Iterable<string>, allScopes: readonly string[]): boolean {
  if (permissions === "all") return true;
  for (const scope of scopes) {
    if (scope === "*") {
      if (!allScopes.every((known) => permissions.has(known))) return false;
    } else if (!permissions.has(scope)) return false;
  }
  return true;
}

export function auditOrigin(actor: AccessActor) {
  return { tenantId: actor.tenantId, actorId: actor.impersonatedBy ?? actor.actorId, ip: actor.ip ?? null, userAgent: actor.userAgent ?? null };
}
