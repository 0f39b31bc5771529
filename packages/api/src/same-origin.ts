import { TRPCError } from "@trpc/server";
import { getEnv } from "@tillbox/config";
import { DomainError } from "@tillbox/core";
import { requestHost } from "./context";
import { bearerToken, claimsOf, type RequestSession } from "./request-actor";

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

/** The apps' configured origins (WEB_URL, ADMIN_URL): our own pages, wherever they are served. */
function configuredOrigins(): string[] {
  const env = getEnv();
  return [env.WEB_URL, env.ADMIN_URL].map((url) => new URL(url).origin);
}

/** Origin names this request's own host (as tenant routing resolves it) or one of the apps. */
function isOwnOrigin(origin: string, request: Request): boolean {
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false; // "null" (sandboxed frames, some redirects) and garbage
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return false;
  if (configuredOrigins().includes(parsed.origin)) return true;
  const host = requestHost(request.headers, request.url);
  if (!host) return false;
  try {
    // Same scheme on both sides, so a default port written out ("shop.example:443") still matches.
    return new URL(`${parsed.protocol}//${host}`).host === parsed.host;
  } catch {
    return false;
  }
}

/**
 * CSRF: a state-changing request that rides on the session cookie must come from our own pages.
 * The browser says so with Origin (our host: a sibling tenant's subdomain is same-site but not
 * ours) or Sec-Fetch-Site: same-origin; pages can set neither. A Bearer API key carries no ambient
 * credential, and without a session there is nothing to ride on, so both pass. Auth.js routes keep
 * their own token check.
 */
export function assertSameOriginMutation(request: Request, session: RequestSession | null): void {
  if (safeMethods.has(request.method.toUpperCase())) return;
  if (bearerToken(request.headers) || !claimsOf(session)) return;
  if (request.headers.get("sec-fetch-site") === "same-origin") return;
  const origin = request.headers.get("origin");
  if (origin && isOwnOrigin(origin, request)) return;
  const message = `Cross-site request refused: a signed-in change must come from this site's own pages (Origin ${origin ?? "missing"}). API clients authenticate with Authorization: Bearer <key>.`;
  throw new TRPCError({ code: "FORBIDDEN", message, cause: new DomainError("CROSS_SITE_REQUEST", message, "FORBIDDEN") });
}
