import type { Db } from "@tillbox/db";
import { currentClaims } from "./session-check";
import { readSessionClaims, sessionClaims, type SessionClaims, type SessionSubject } from "./session-token";
import { verifySessionUpdate } from "./session-update";

/** The token Auth.js stores: our claims plus name/email for display (Auth.js's own keys). */
export type SessionToken = SessionClaims & { name?: string | null; email?: string | null } & Record<string, unknown>;

type Env = Record<string, string | undefined>;

export interface JwtInput {
  token: Record<string, unknown>;
  /** Set once, right after a provider's sign-in succeeded. */
  user?: (Partial<SessionSubject> & { email?: string | null; name?: string | null }) | null;
  trigger?: "signIn" | "signUp" | "update";
  /** The payload of update()/unstable_update(): only a signed `{ switch }` is honoured. */
  session?: unknown;
}

/** The token for a (switched) subject, with its display fields; null when the user no longer exists (sign out). */
export async function withProfile(db: Db, claims: SessionClaims): Promise<SessionToken | null> {
  const user = await db.user.findFirst({ where: { id: claims.sub, tenantId: claims.tid }, select: { email: true, name: true } });
  return user ? { ...claims, email: user.email, name: user.name } : null;
}

/**
 * Auth.js jwt callback. Returning null signs the browser out (Auth.js clears the cookie).
 * - sign-in: the provider hands a SessionUser (core authenticate/consumeMagicLink/OAuth link).
 * - update: applies a server-signed switch bound to the current subject (see session-update.ts).
 * - every other read: re-validates against the database (sessionVersion, status, impersonation).
 */
export async function jwtCallback(db: Db, input: JwtInput, env: Env = process.env): Promise<SessionToken | null> {
  const { token, user, trigger } = input;
  if (user && trigger !== "update") {
    if (!user.id || !user.tenantId || typeof user.sessionVersion !== "number") return null;
    const claims = sessionClaims({ id: user.id, tenantId: user.tenantId, sessionVersion: user.sessionVersion, roles: user.roles ?? [] });
    return { ...claims, email: user.email ?? null, name: user.name ?? null };
  }
  const claims = readSessionClaims(token);
  if (trigger === "update") {
    const update = verifySessionUpdate((input.session as { switch?: unknown } | null | undefined)?.switch, env);
    // A forged, expired or foreign switch leaves the session as it was (and still re-validated below).
    if (update && update.from === (claims?.sub ?? null)) return update.claims ? withProfile(db, update.claims) : null;
  }
  if (!claims) return null;
  const current = await currentClaims(db, claims);
  if (!current) return null;
  if (current === claims) return { ...token, ...claims };
  // The impersonation lapsed: back to the admin's own session.
  return withProfile(db, current);
}

/** What `auth()` returns to pages: the claims (null when signed out) next to Auth.js's user/expires. */
export function sessionCallback<S extends { user?: unknown; expires: unknown }>(session: S, token: Record<string, unknown>) {
  return { ...session, claims: readSessionClaims(token) };
}
