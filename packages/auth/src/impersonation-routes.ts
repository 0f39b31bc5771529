import type { Session } from "next-auth";
import { DomainError, holds, loadSessionUser, resolvePermissions, startImpersonation, stopImpersonation, type AccessActor } from "@tillbox/core";
import { getDb } from "@tillbox/db";
import type { AuthApp } from "./app-cookies";
import { withProfile } from "./callbacks";
import { sessionCookieHeaders } from "./session-cookie";
import { currentClaims, restorePrevious } from "./session-check";
import { sessionClaims, type SessionClaims } from "./session-token";
import { signSessionUpdate, verifySessionUpdate } from "./session-update";

export interface ImpersonationHandlerOptions {
  app: AuthApp;
  auth: () => Promise<Session | null>;
  resolveTenantId: (request: Request) => Promise<string>;
  allScopes: () => readonly string[];
  /** Base URL of apps/web: the back-office hands the impersonated session over to the portal. */
  webUrl: string;
  /** AUTH_SECRET, NODE_ENV and the app URLs (cookie names, signing); process.env unless a test passes its own. */
  env?: Record<string, string | undefined>;
}

const json = (status: number, body: unknown, cookies: string[] = []) => {
  const headers = new Headers({ "content-type": "application/json", "cache-control": "no-store" });
  for (const cookie of cookies) headers.append("set-cookie", cookie);
  return new Response(JSON.stringify(body), { status, headers });
};
const redirect = (location: URL, cookies: string[] = []) => {
  const headers = new Headers({ location: location.toString(), "cache-control": "no-store" });
  for (const cookie of cookies) headers.append("set-cookie", cookie);
  return new Response(null, { status: 303, headers });
};
const fail = (status: number, code: string, message: string) => json(status, { error: { code, message } });

const base = ({ imp: _imp, ...claims }: SessionClaims) => claims;

/**
 * `/api/auth/impersonate` of both apps.
 * POST {"action":"start","userId"} (needs users:impersonate): the portal switches its own session to
 * the user; the back-office keeps its session and answers `redirectTo`, a one-minute signed hand-over
 * link into the portal. POST {"action":"stop"}: ends the ImpersonationSession and restores the
 * browser's previous session (or signs it out). GET ?handoff=… (portal): applies a hand-over.
 */
export function createImpersonationHandlers(options: ImpersonationHandlerOptions) {
  const env = options.env ?? process.env;
  /** Set-Cookie values that make `claims` this browser's session in this app (null: signed out). */
  async function switchTo(request: Request, claims: SessionClaims | null): Promise<string[]> {
    const token = claims ? await withProfile(getDb(), claims) : null;
    return sessionCookieHeaders(options.app, token, request, env);
  }

  async function POST(request: Request): Promise<Response> {
    // JSON + same origin: a cross-site form can't start or stop an impersonation (CSRF).
    const origin = request.headers.get("origin");
    if (!origin || origin !== new URL(request.url).origin) return fail(403, "BAD_ORIGIN", "Cross-origin request refused.");
    const body = (await request.json().catch(() => null)) as { action?: unknown; userId?: unknown } | null;
    const claims = (await options.auth())?.claims ?? null;
    if (!claims) return fail(401, "UNAUTHENTICATED", "Sign in first.");
    const db = getDb();
    const actor: AccessActor = {
      tenantId: claims.tid,
      actorId: claims.sub,
      // Stopping from inside an impersonation: the audit entry names the admin, not the user.
      impersonatedBy: claims.imp?.adminId ?? null,
      permissions: await resolvePermissions(db, claims.sub, options.allScopes()),
      ip: request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() ?? null,
      userAgent: request.headers.get("user-agent"),
    };
    try {
      if (body?.action === "stop") {
        if (!claims.imp) return fail(400, "NOT_IMPERSONATING", "This session is not impersonating anyone.");
        await stopImpersonation(db, actor, claims.imp.sessionId);
        const previous = await restorePrevious(db, claims);
        return json(200, { stopped: true, signedIn: previous !== null }, await switchTo(request, previous));
      }
      if (body?.action !== "start" || typeof body.userId !== "string") {
        return fail(400, "BAD_REQUEST", 'Send {"action":"start","userId"} or {"action":"stop"} (field: action).');
      }
      if (claims.imp) return fail(409, "ALREADY_IMPERSONATING", "Stop the current impersonation first.");
      if ((await options.resolveTenantId(request)) !== claims.tid) return fail(401, "UNAUTHENTICATED", "Sign in first.");
      if (!holds(actor.permissions, "users:impersonate")) return fail(403, "FORBIDDEN", 'Missing permission "users:impersonate".');
      const started = await startImpersonation(db, actor, body.userId, options.allScopes());
      const target = sessionClaims(await loadSessionUser(db, started.targetUserId));
      const imp = { sessionId: started.sessionId, adminId: claims.sub };
      if (options.app === "web") {
        const cookies = await switchTo(request, { ...target, imp: { ...imp, prev: base(claims) } });
        return json(200, { sessionId: started.sessionId, redirectTo: "/account" }, cookies);
      }
      const handoff = signSessionUpdate({ ...target, imp: { ...imp, prev: null } }, null, env);
      const redirectTo = new URL("/api/auth/impersonate", options.webUrl);
      redirectTo.searchParams.set("handoff", handoff);
      return json(200, { sessionId: started.sessionId, redirectTo: redirectTo.toString() });
    } catch (error) {
      if (error instanceof DomainError) return json(httpStatus(error.status), { error: { code: error.code, message: error.message } });
      throw error;
    }
  }

  /**
   * The portal end of a back-office start: the browser's own portal session (if any) becomes
   * `prev`. The browser usually has none, so the session cookie is written here, not updated.
   */
  async function GET(request: Request): Promise<Response> {
    if (options.app !== "web") return fail(404, "NOT_FOUND", "Hand-overs are accepted by the portal only.");
    const url = new URL(request.url);
    const handoff = verifySessionUpdate(url.searchParams.get("handoff"), env);
    const target = handoff?.from === null ? handoff.claims : null;
    const db = getDb();
    if (!target?.imp || !(await currentClaims(db, target))) return redirect(new URL("/auth/sign-in?code=invalid_link", url));
    const own = (await options.auth())?.claims ?? null;
    const prev = own && !own.imp && own.tid === target.tid ? base(own) : null;
    return redirect(new URL("/account", url), await switchTo(request, { ...target, imp: { ...target.imp, prev } }));
  }

  return { GET, POST };
}

const statusCodes: Record<string, number> = { BAD_REQUEST: 400, UNAUTHORIZED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, PRECONDITION_FAILED: 412 };
function httpStatus(status: string): number {
  return statusCodes[status] ?? 400;
}
