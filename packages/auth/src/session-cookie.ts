import { encode } from "next-auth/jwt";
import { authCookieNames, secureAuthCookies, type AuthApp } from "./app-cookies";
import { authSecrets } from "./auth-secrets";
import type { SessionToken } from "./callbacks";
import { SESSION_MAX_AGE_SECONDS } from "./session-config";

type Env = Record<string, string | undefined>;

interface CookieAttributes {
  maxAge: number;
  expires?: Date;
  secure: boolean;
}

/** Same attributes as Auth.js's session cookie (see authCookies): httpOnly, lax, whole site. */
function serialize(name: string, value: string, { maxAge, expires, secure }: CookieAttributes): string {
  const parts = [`${name}=${value}`, "Path=/", `Max-Age=${maxAge}`, "HttpOnly", "SameSite=Lax"];
  if (expires) parts.push(`Expires=${expires.toUTCString()}`);
  if (secure) parts.push("Secure");
  return parts.join("; ");
}

/** Names of the cookies this request carries for the app's session (Auth.js splits big tokens into `name.0`, `name.1`…). */
function presentSessionCookies(request: Request, name: string): string[] {
  const header = request.headers.get("cookie") ?? "";
  return header
    .split(";")
    .map((pair) => pair.split("=")[0]?.trim() ?? "")
    .filter((cookie) => cookie === name || cookie.startsWith(`${name}.`));
}

/**
 * Set-Cookie values that make `token` this browser's session in `app`, or sign it out (null).
 * Written directly rather than through Auth.js's `unstable_update`, which only re-issues a cookie
 * the browser already has: a portal hand-over usually arrives with no portal session at all. The
 * JWT is Auth.js's own (encrypted with the first AUTH_SECRET, salted with the cookie name), so
 * Auth.js reads, refreshes and clears it like one it issued itself.
 */
export async function sessionCookieHeaders(
  app: AuthApp,
  token: SessionToken | null,
  request: Request,
  env: Env = process.env,
  now = new Date(),
): Promise<string[]> {
  const secure = secureAuthCookies(app, env);
  const name = authCookieNames(app, secure).sessionToken;
  // Leftover chunks of an older token would be concatenated with the new one: expire them.
  const stale = presentSessionCookies(request, name).filter((cookie) => token === null || cookie !== name);
  const cleared = stale.map((cookie) => serialize(cookie, "", { maxAge: 0, expires: new Date(0), secure }));
  if (!token) return cleared.length > 0 ? cleared : [serialize(name, "", { maxAge: 0, expires: new Date(0), secure })];

  const value = await encode({ token, secret: authSecrets(env), salt: name, maxAge: SESSION_MAX_AGE_SECONDS });
  const expires = new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000);
  return [...cleared, serialize(name, value, { maxAge: SESSION_MAX_AGE_SECONDS, expires, secure })];
}
