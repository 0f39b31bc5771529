import type { DbOrTx } from "@tillbox/db";

/**
 * What the Auth.js JWT carries. Short keys keep the cookie small; `sv` is the user's sessionVersion
 * when the token was issued: bumping it in the database (password change/reset, sign-out
 * everywhere, account deletion) makes every older token stale on its next check.
 */
export interface SessionClaims {
  sub: string;
  tid: string;
  sv: number;
  roles: string[];
}

export interface SessionSubject {
  id: string;
  tenantId: string;
  sessionVersion: number;
  roles: readonly string[];
}

export function sessionClaims(user: SessionSubject): SessionClaims {
  return { sub: user.id, tid: user.tenantId, sv: user.sessionVersion, roles: [...user.roles].sort() };
}

/** Narrows an untrusted decoded JWT payload; anything malformed is treated as signed out. */
export function readSessionClaims(payload: unknown): SessionClaims | null {
  if (typeof payload !== "object" || payload === null) return null;
  const { sub, tid, sv, roles } = payload as Record<string, unknown>;
  if (typeof sub !== "string" || typeof tid !== "string" || !Number.isInteger(sv)) return null;
  if (!Array.isArray(roles) || !roles.every((role) => typeof role === "string")) return null;
  return { sub, tid, sv: sv as number, roles: roles as string[] };
}

/**
 * Checked on every token refresh (and wherever a stale session would be dangerous): the user must
 * still exist in that tenant, be active, and carry the same sessionVersion.
 */
export async function isSessionCurrent(db: DbOrTx, claims: SessionClaims): Promise<boolean> {
  const user = await db.user.findFirst({
    where: { id: claims.sub, tenantId: claims.tid },
    select: { status: true, sessionVersion: true },
  });
  return user !== null && user.status === "active" && user.sessionVersion === claims.sv;
}
