import { getActiveImpersonation } from "@tillbox/core";
import type { Db } from "@tillbox/db";
import { isSessionCurrent, type SessionClaims } from "./session-token";

/**
 * The claims a session may act with right now, or null (signed out). Used by the jwt callback on
 * every token refresh and by packages/api on every request, so a sessionVersion bump ends access
 * at once for the API and within SESSION_MAX_AGE for the cookie.
 *
 * An impersonation lasts while its ImpersonationSession is open (stopped, replaced or older than
 * IMPERSONATION_MAX_MS ends it) and the admin is still active with the same sessionVersion (`prev`).
 * When it lapses, the browser goes back to the admin's own session, or is signed out.
 */
export async function currentClaims(db: Db, claims: SessionClaims, now = new Date()): Promise<SessionClaims | null> {
  if (!claims.imp) return (await isSessionCurrent(db, claims)) ? claims : null;

  const { imp } = claims;
  const open = await getActiveImpersonation(db, imp.sessionId, now);
  const valid =
    open !== null &&
    open.tenantId === claims.tid &&
    open.targetUserId === claims.sub &&
    open.adminId === imp.adminId &&
    (await isAdminActive(db, claims.tid, imp.adminId)) &&
    (await isSessionCurrent(db, claims));
  if (valid) return claims;
  return restorePrevious(db, claims);
}

/** Back to the session the browser had before the switch, if it is still valid. */
export async function restorePrevious(db: Db, claims: SessionClaims): Promise<SessionClaims | null> {
  const prev = claims.imp?.prev;
  return prev && (await isSessionCurrent(db, prev)) ? prev : null;
}

async function isAdminActive(db: Db, tenantId: string, adminId: string): Promise<boolean> {
  const admin = await db.user.findFirst({ where: { id: adminId, tenantId }, select: { status: true } });
  return admin?.status === "active";
}
