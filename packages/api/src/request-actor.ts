import { TRPCError } from "@trpc/server";
import { currentClaims, readSessionClaims, type SessionClaims } from "@tillbox/auth/session";
import type { Db } from "@tillbox/db";
import type { Actor } from "@tillbox/trpc";
import { actorForApiKey, actorForUser } from "./access";

/** What the apps pass from Auth.js: `await auth()` (a Session with `claims`), or just the claims. */
export type RequestSession = { claims?: SessionClaims | null } | SessionClaims;

const anonymous: Actor = { kind: "anonymous", id: null, permissions: new Set() };

export function claimsOf(session: RequestSession | null): SessionClaims | null {
  if (!session) return null;
  return "claims" in session ? (session.claims ?? null) : readSessionClaims(session);
}

/** `Authorization: Bearer <key>`; other schemes are not ours and are ignored. */
export function bearerToken(headers: Headers): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(headers.get("authorization") ?? "");
  return match ? match[1]! : null;
}

const unauthorized = (message: string) => new TRPCError({ code: "UNAUTHORIZED", message });

/**
 * Who is calling, read fresh on every request:
 * 1. a Bearer API key → its owner with the key's scopes (still held by the owner); a presented but
 *    dead key (unknown, revoked, expired, another tenant's) is a 401, never a quiet downgrade;
 * 2. else the Auth.js session → the user with their roles' current scopes; a session whose
 *    sessionVersion moved on, whose user is gone/suspended, whose impersonation ended, or that
 *    belongs to another tenant is anonymous;
 * 3. else anonymous.
 */
export async function requestActor(db: Db, request: { headers: Headers; tenantId: string; session: RequestSession | null }): Promise<Actor> {
  const key = bearerToken(request.headers);
  if (key) {
    const actor = await actorForApiKey(db, key);
    if (!actor || actor.tenantId !== request.tenantId) throw unauthorized("The API key is invalid, revoked or expired.");
    return { kind: actor.kind, id: actor.id, permissions: actor.permissions };
  }
  const claims = claimsOf(request.session);
  if (!claims || claims.tid !== request.tenantId) return anonymous;
  const current = await currentClaims(db, claims);
  if (!current) return anonymous;
  const actor = await actorForUser(db, current.sub);
  return current.imp ? { ...actor, impersonatedBy: current.imp.adminId } : actor;
}
