import { getEnv } from "@tillbox/config";
import type { DbOrTx } from "@tillbox/db";
import { routeTable, type RouteTable } from "./route-table";
import { normaliseHost, type TenantRouteKind } from "./route-values";

export interface TenantRequest {
  /** Host or X-Forwarded-Host as received, port allowed. */
  host?: string | null;
  /** URL path of the request, e.g. "/acme/pricing". */
  path?: string | null;
}

export interface TenantResolution {
  tenantId: string;
  matchedBy: TenantRouteKind | "default";
  /** For path_prefix matches: the prefix, so the app can route the rest of the path. */
  prefix?: string;
}

export interface ResolveOptions {
  /** Defaults to TILLBOX_BASE_DOMAIN; unset = subdomain rules are off. */
  baseDomain?: string | null;
  /** Defaults to TILLBOX_DEFAULT_TENANT. */
  defaultTenantId?: string;
}

/** Pure lookup: exact host, then subdomain of the base domain, then longest path prefix, else default. */
export function matchRoute(table: RouteTable, request: TenantRequest, options: Required<ResolveOptions>): TenantResolution {
  const host = request.host ? normaliseHost(request.host) : null;
  if (host) {
    const exact = table.exact.get(host);
    if (exact) return { tenantId: exact, matchedBy: "exact_domain" };
    const base = options.baseDomain ? normaliseHost(options.baseDomain) : null;
    if (base && host.endsWith(`.${base}`)) {
      const label = host.slice(0, -(base.length + 1));
      // Only one label: "x.acme.base" is not acme's (it would let anyone mint lookalike hosts).
      const tenantId = label.includes(".") ? undefined : table.subdomain.get(label);
      if (tenantId) return { tenantId, matchedBy: "subdomain" };
    }
  }
  const path = (request.path ?? "").toLowerCase();
  // Segment boundary: "/acme" matches "/acme" and "/acme/x", never "/acmecorp".
  const rule = table.prefixes.find(({ prefix }) => path === prefix || path.startsWith(`${prefix}/`));
  if (rule) return { tenantId: rule.tenantId, matchedBy: "path_prefix", prefix: rule.prefix };
  return { tenantId: options.defaultTenantId, matchedBy: "default" };
}

/** The tenant of a request, from the routing rules (cached in-process, see route-table.ts). */
export async function resolveTenant(db: DbOrTx, request: TenantRequest, options: ResolveOptions = {}): Promise<TenantResolution> {
  const needsEnv = options.baseDomain === undefined || options.defaultTenantId === undefined;
  const env = needsEnv ? getEnv() : undefined;
  return matchRoute(await routeTable(db), request, {
    baseDomain: options.baseDomain === undefined ? (env?.TILLBOX_BASE_DOMAIN ?? null) : options.baseDomain,
    defaultTenantId: options.defaultTenantId ?? env!.TILLBOX_DEFAULT_TENANT,
  });
}
