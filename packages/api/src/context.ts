import { getEnv, isProduction } from "@tillbox/config";
import { resolveTenant, type TenantRequest } from "@tillbox/core";
import { forTenantAsDb, getDb, type Db } from "@tillbox/db";
import type { Actor, Context, PluginGate } from "@tillbox/trpc";
import { allEventNames } from "./event-catalogue";
import { pluginServiceFor } from "./plugin-runtime";

const devAdmin: Actor = { kind: "dev-admin", id: null, permissions: "all" };
const anonymous: Actor = { kind: "anonymous", id: null, permissions: new Set() };

/**
 * Until identity lands, every request outside production acts as the dev admin; in
 * production nobody holds a scope, so privileged procedures refuse (fail closed).
 */
export function requestActor(): Actor {
  return isProduction() ? anonymous : devAdmin;
}

/** Plugin states are read once per request, so one request sees one consistent answer. */
function requestPluginGate(db: Db): PluginGate {
  let enabled: Promise<Set<string>> | undefined;
  return {
    isEnabled: async (slug) => {
      enabled ??= pluginServiceFor(db).enabledSlugs().then((slugs) => new Set(slugs));
      return (await enabled).has(slug);
    },
  };
}

export interface ContextOptions {
  headers: Headers;
  /** The unscoped client; ctx.db is this client scoped to the tenant. */
  db?: Db;
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
    actor: options.actor ?? requestActor(),
    headers: options.headers,
    plugins: requestPluginGate(db),
    eventCatalogue: allEventNames(),
  };
}

/** Host (X-Forwarded-Host behind a proxy) and path of a request, as routing rules read them. */
export function tenantRequestOf(headers: Headers, url?: string): TenantRequest {
  const parsed = url ? new URL(url) : undefined;
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host") || parsed?.host || null;
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

/** createContext for an HTTP request: the tenant comes from the routing rules (cached in-process). */
export async function createRequestContext(options: Omit<ContextOptions, "tenantId"> & { url?: string }): Promise<Context> {
  const db = options.db ?? getDb();
  const { tenantId } = await resolveTenant(db, tenantRequestOf(options.headers, options.url));
  return createContext({ ...options, db, tenantId });
}

/** For the audit log: who and from where. */
export function originOf(context: Context) {
  return {
    tenantId: context.tenantId,
    actorId: context.actor.id,
    ip: context.headers.get("x-forwarded-for")?.split(",")[0]?.trim() ?? null,
    userAgent: context.headers.get("user-agent"),
  };
}
