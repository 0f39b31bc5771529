import { getEnv, trustsForwardedHost, type Env } from "@tillbox/config";
import { resolveTenant, type TenantRequest } from "@tillbox/core";
import { forTenantAsDb, getDb, type Db } from "@tillbox/db";
import type { Actor, Context, PluginGate } from "@tillbox/trpc";
import { allEventNames } from "./event-catalogue";
import { pluginServiceFor } from "./plugin-runtime";
import { requestActor, type RequestSession } from "./request-actor";

export const anonymousActor: Actor = { kind: "anonymous", id: null, permissions: new Set() };

/** Plugin states are read once per request, so one request sees one consistent answer. */
function requestPluginGate(db: Db): PluginGate {
  let enabled: Promise<Set<string>> | undefined;
  return {
    isEnabled: async (slug) => {
      enabled ??= pluginServiceFor(db)
        .enabledSlugs()
        .then((slugs) => new Set(slugs));
      return (await enabled).has(slug);
    },
  };
}

export interface ContextOptions {
  headers: Headers;
  /** The unscoped client; ctx.db is this client scoped to the tenant. */
  db?: Db;
  /** Who calls; default anonymous (createRequestContext resolves it from the API key or session). */
  actor?: Actor;
  /** Already resolved (createRequestContext does it); default: TILLBOX_DEFAULT_TENANT. */
  tenantId?: string;
}

/**
 * ctx.db is scoped to ctx.tenantId (forTenant): queries on tenant tables can't reach another
 * tenant even when a where forgets tenantId. Platform tables (plugin_state…) are untouched.
 */
export function createContext(options: ContextOptions): Context {
  const db = options.db ?? getDb();
  const tenantId = options.tenantId ?? getEnv().TILLBOX_DEFAULT_TENANT;
  return {
    db: forTenantAsDb(db, tenantId),
    tenantId,
    actor: options.actor ?? anonymousActor,
    headers: options.headers,
    plugins: requestPluginGate(db),
    eventCatalogue: allEventNames(),
  };
}

/**
 * The host a request was sent to: X-Forwarded-Host only when a trusted proxy sets it
 * (AUTH_TRUST_HOST, see trustsForwardedHost), else Host; a client can't pick another tenant's host.
 */
export function requestHost(headers: Headers, url?: string, env: Pick<Env, "AUTH_TRUST_HOST" | "NODE_ENV"> = getEnv()): string | null {
  const forwarded = trustsForwardedHost(env) ? headers.get("x-forwarded-host")?.split(",")[0]?.trim() : undefined;
  return forwarded || headers.get("host")?.trim() || (url ? new URL(url).host : null) || null;
}

/** Host (see requestHost) and path of a request, as routing rules read them. */
export function tenantRequestOf(headers: Headers, url?: string, env?: Pick<Env, "AUTH_TRUST_HOST" | "NODE_ENV">): TenantRequest {
  const parsed = url ? new URL(url) : undefined;
  const host = requestHost(headers, url, env);
  let path = parsed?.pathname ?? null;
  // API calls are made from a page: its path (same host) carries the tenant's path prefix.
  const referer = headers.get("referer");
  if (path?.startsWith("/api/") && referer) {
    try {
      const page = new URL(referer);
      if (host && page.host.toLowerCase() === host.toLowerCase()) path = page.pathname;
    } catch {
      // A malformed Referer is ignored: the API path stays.
    }
  }
  return { host, path };
}

/** The tenant of a request by the routing rules; Auth.js sign-in uses it (apps pass it to createAuth). */
export async function requestTenantId(request: Request, db: Db = getDb()): Promise<string> {
  return (await resolveTenant(db, tenantRequestOf(request.headers, request.url))).tenantId;
}

export interface RequestContextOptions extends Omit<ContextOptions, "tenantId" | "actor"> {
  url?: string;
  /** The app's Auth.js session (`await auth()`); null/undefined = no session. */
  session?: RequestSession | null;
}

/**
 * createContext for an HTTP request: the tenant comes from the routing rules (cached in-process),
 * the actor from `Authorization: Bearer tbx_…` or else the Auth.js session (see request-actor.ts).
 * A bad API key throws UNAUTHORIZED (401) rather than silently falling back to anonymous.
 */
export async function createRequestContext(options: RequestContextOptions): Promise<Context> {
  const db = options.db ?? getDb();
  const { tenantId } = await resolveTenant(db, tenantRequestOf(options.headers, options.url));
  const actor = await requestActor(db, { headers: options.headers, tenantId, session: options.session ?? null });
  return createContext({ headers: options.headers, db, tenantId, actor });
}
