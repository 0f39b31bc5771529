import { Auth } from "@auth/core";
import type { Session } from "next-auth";
import { expect } from "vitest";
import type { AuthApp } from "../src/app-cookies";
import { authConfig } from "../src/auth-config";
import { withProfile } from "../src/callbacks";
import { createImpersonationHandlers } from "../src/impersonation-routes";
import { sessionCookieHeaders } from "../src/session-cookie";
import type { SessionClaims } from "../src/session-token";

export type Env = Record<string, string | undefined>;

const origins = { web: "http://localhost:3000", admin: "http://localhost:3001" } as const;

/** One parsed Set-Cookie header: name, value and its attributes (lower-cased keys). */
export function parseSetCookie(header: string) {
  const [pair = "", ...rest] = header.split(";").map((part) => part.trim());
  const at = pair.indexOf("=");
  const attributes = Object.fromEntries(
    rest.map((part) => {
      const [key = "", value = "true"] = part.split("=");
      return [key.toLowerCase(), value];
    }),
  );
  return { name: pair.slice(0, at), value: pair.slice(at + 1), attributes };
}

/**
 * A browser of one app: a cookie jar, and the handlers under test reading the session through
 * Auth.js itself (its /api/auth/session action decrypts the cookie and runs our callbacks), so a
 * cookie we write is only accepted if Auth.js would accept it in the running app.
 */
export function authBrowser(app: AuthApp, env: Env, allScopes: readonly string[], tenantId = "default") {
  const origin = origins[app];
  const jar = new Map<string, string>();
  const cookieHeader = () => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
  const store = (response: Response) => {
    for (const header of response.headers.getSetCookie()) {
      const cookie = parseSetCookie(header);
      if (cookie.attributes["max-age"] === "0" || cookie.value === "") jar.delete(cookie.name);
      else jar.set(cookie.name, cookie.value);
    }
  };
  const config = { ...authConfig({ app, env, resolveTenantId: async () => tenantId, allScopes: () => allScopes }), basePath: "/api/auth" };

  async function auth(): Promise<Session | null> {
    const response = await Auth(new Request(`${origin}/api/auth/session`, { headers: { cookie: cookieHeader() } }), config);
    expect(response.status).toBe(200);
    const session = (await response.json()) as Session | null;
    return session && "claims" in session ? session : null;
  }

  const handlers = createImpersonationHandlers({ app, auth, env, resolveTenantId: async () => tenantId, allScopes: () => allScopes, webUrl: origins.web });
  const request = (url: string, init: RequestInit = {}) => new Request(url, { ...init, headers: { cookie: cookieHeader(), ...init.headers } });

  return {
    jar,
    auth,
    async claims() {
      return (await auth())?.claims ?? null;
    },
    async post(body: unknown, headers: Record<string, string> = { origin }) {
      const init = { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) };
      const response = await handlers.POST(request(`${origin}/api/auth/impersonate`, init));
      store(response);
      return response;
    },
    /** What the back-office's form does: posts the token as a form field to the hand-over URL, cross-site. */
    async postHandover(handover: { url: string; token: string }, extra: Record<string, string> = {}) {
      const body = new URLSearchParams({ handoff: handover.token, ...extra });
      const init = { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", origin: origins.admin }, body };
      const response = await handlers.POST(request(handover.url, init));
      store(response);
      return response;
    },
    /** Signs this browser in as `claims`, with the cookie Auth.js itself would issue. */
    async signIn(db: Parameters<typeof withProfile>[0], claims: SessionClaims) {
      const headers = new Headers();
      for (const cookie of await sessionCookieHeaders(app, await withProfile(db, claims), request(origin), env)) headers.append("set-cookie", cookie);
      store(new Response(null, { headers }));
    },
  };
}
