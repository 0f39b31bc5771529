import { isUuid } from "@tillbox/core";
import type { DbOrTx } from "@tillbox/db";

/** Set while an admin acts as another user (users.impersonate); `prev` is the session to restore on stop. */
export interface ImpersonationClaim {
  sessionId: string;
  adminId: string;
  /** The claims this browser carried before the switch (null: it was signed out in this app). */
  prev: Omit<SessionClaims, "imp"> | null;
}

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
  imp?: ImpersonationClaim;
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

function readBaseClaims(payload: unknown): Omit<SessionClaims, "imp"> | null {
  if (typeof payload !== "object" || payload === null) return null;
  const { sub, tid, sv, roles } = payload as Record<string, unknown>;
  if (typeof sub !== "string" || typeof tid !== "string" || !Number.isInteger(sv)) return null;
  if (!Array.isArray(roles) || !roles.every((role) => typeof role === "string")) return null;
  return { sub, tid, sv: sv as number, roles: roles as string[] };
}

function readImpersonation(value: unknown): ImpersonationClaim | null {
  if (typeof value !== "object" || value === null) return null;
  const { sessionId, adminId, prev } = value as Record<string, unknown>;
  if (typeof sessionId !== "string" || typeof adminId !== "string") return null;
  const previous = prev === null || prev === undefined ? null : readBaseClaims(prev);
  if (prev && !previous) return null;
  return { sessionId, adminId, prev: previous };
}

/** Narrows an untrusted decoded JWT payload; anything malformed is treated as signed out. */
export function readSessionClaims(payload: unknown): SessionClaims | null {
  const base = readBaseClaims(payload);
  if (!base) return null;
  const rawImp = (payload as Record<string, unknown>).imp;
  if (rawImp === undefined || rawImp === null) return base;
  const imp = readImpersonation(rawImp);
  return imp ? { ...base, imp } : null;
}

/**
 * Checked on every token refresh (and wherever a stale session would be dangerous): the user must
 * still exist in that tenant, be active, and carry the same sessionVersion.
 */
export async function isSessionCurrent(db: DbOrTx, claims: Pick<SessionClaims, "sub" | "tid" | "sv">): Promise<boolean> {
  // A malformed id would make Postgres reject the uuid comparison; it simply names nobody.
  if (!isUuid(claims.sub)) return false;
  const user = await db.user.findFirst({
    where: { id: claims.sub, tenantId: claims.tid },
    select: { status: true, sessionVersion: true },
  });
  return user !== null && user.status === "active" && user.sessionVersion === claims.sv;
}
