import type { Session } from "next-auth";
import {
  DomainError,
  holds,
  loadSessionUser,
  redeemImpersonationHandover,
  resolvePermissions,
  startImpersonation,
  stopImpersonation,
  type AccessActor,
} from "@tillbox/core";
import { getDb } from "@tillbox/db";
import { clientIp } from "@tillbox/rate-limit";
import type { AuthApp } from "./app-cookies";
import { withProfile } from "./callbacks";
import { signHandover, verifyHandover } from "./impersonation-handover";
import { sessionCookieHeaders } from "./session-cookie";
import { currentClaims, restorePrevious } from "./session-check";
import { sessionClaims, type SessionClaims } from "./session-token";

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
 * the user; the back-office keeps its session and answers `handover`: where to post and a one-minute,
 * single-use token that the browser posts there as a form field (see impersonation-handover.ts).
 * POST {"action":"stop"}: ends the ImpersonationSession and restores the browser's previous session
 * (or signs it out). POST form `handoff=<token>` (portal): applies a hand-over.
 */
export function createImpersonationHandlers(options: ImpersonationHandlerOptions) {
  const env = options.env ?? process.env;
  /** Set-Cookie values that make `claims` this browser's session in this app (null: signed out). */
  async function switchTo(request: Request, claims: SessionClaims | null): Promise<string[]> {
    const token = claims ? await withProfile(getDb(), claims) : null;
    return sessionCookieHeaders(options.app, token, request, env);
  }

  async function POST(request: Request): Promise<Response> {
    if (isForm(request)) return redeem(request);
    // JSON + same origin: a cross-site form can't start or stop an impersonation (CSRF).
    if (!isSameOrigin(request, env)) return fail(403, "BAD_ORIGIN", "Cross-origin request refused.");
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
      ip: clientIp(request.headers),
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
      const handover = { url: new URL("/api/auth/impersonate", options.webUrl).toString(), token: signHandover(started.sessionId, env) };
      return json(200, { sessionId: started.sessionId, handover });
    } catch (error) {
      if (error instanceof DomainError) return json(httpStatus(error.status), { error: { code: error.code, message: error.message } });
      throw error;
    }
  }

  /**
   * The portal end of a back-office start, posted cross-site by the back-office's form (the token is
   * the credential, so no origin check). Redeemed once: a replay, like a forged, expired or stopped
   * hand-over, lands on sign-in and writes no cookie. The browser's own portal session (if any)
   * becomes `prev`; it usually has none, so the session cookie is written here, not updated.
   */
  async function redeem(request: Request): Promise<Response> {
    const invalid = () => redirect(new URL("/auth/sign-in?code=invalid_link", request.url));
    if (options.app !== "web") return fail(404, "NOT_FOUND", "Hand-overs are accepted by the portal only.");
    const form = await request.formData().catch(() => null);
    const handover = verifyHandover(form?.get("handoff"), env);
    if (!handover) return invalid();
    const db = getDb();
    const session = await redeemImpersonationHandover(db, await options.resolveTenantId(request), handover.sessionId);
    if (!session) return invalid();
    const imp = { sessionId: session.id, adminId: session.adminId, prev: null };
    const target = { ...sessionClaims(await loadSessionUser(db, session.targetUserId)), imp };
    if (!(await currentClaims(db, target))) return invalid();
    const own = (await options.auth())?.claims ?? null;
    const prev = own && !own.imp && own.tid === target.tid ? base(own) : null;
    return redirect(new URL("/account", request.url), await switchTo(request, { ...target, imp: { ...imp, prev } }));
  }

  return { POST };
}

/** A browser form post (the hand-over); start and stop are JSON. */
function isForm(request: Request): boolean {
  const type = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  return type === "application/x-www-form-urlencoded" || type === "multipart/form-data";
}

const statusCodes: Record<string, number> = { BAD_REQUEST: 400, UNAUTHORIZED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, PRECONDITION_FAILED: 412 };
function httpStatus(status: string): number {
  return statusCodes[status] ?? 400;
}

/**
 * The browser's own word (Sec-Fetch-Site) or an Origin naming this request's URL or one of the
 * apps' configured URLs: behind a proxy request.url can carry the internal host, not the public one.
 */
function isSameOrigin(request: Request, env: Record<string, string | undefined>): boolean {
  if (request.headers.get("sec-fetch-site") === "same-origin") return true;
  const origin = request.headers.get("origin");
  if (!origin) return false;
  const own = [request.url, env.ADMIN_URL, env.WEB_URL].flatMap((url) => (url && URL.canParse(url) ? [new URL(url).origin] : []));
  return own.includes(origin);
}
