import { DomainError } from "../errors";

export type TenantRouteKind = "exact_domain" | "subdomain" | "path_prefix";

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const PATH_SEGMENT = /^[a-z0-9._~-]+$/;

/** "Shop.Example.com:8443" → "shop.example.com"; null when it is not a host name. */
export function normaliseHost(raw: string): string | null {
  let host = raw.trim().toLowerCase();
  // Strip the port; a bracketed IPv6 literal never matches a rule, so it stays unresolved.
  if (host.startsWith("[")) return null;
  host = host.replace(/:\d{1,5}$/, "").replace(/\.$/, "");
  if (host.length === 0 || host.length > 253) return null;
  return host.split(".").every((label) => LABEL.test(label)) ? host : null;
}

/** "/Shop/EU/" → "/shop/eu"; null when it is not a clean path prefix (the root "/" is not one). */
export function normalisePathPrefix(raw: string): string | null {
  const trimmed = raw.trim().toLowerCase().replace(/\/+$/, "");
  if (!trimmed.startsWith("/") || trimmed.length > 200) return null;
  const segments = trimmed.slice(1).split("/");
  const clean = segments.every((segment) => PATH_SEGMENT.test(segment) && segment !== "." && segment !== "..");
  return clean ? trimmed : null;
}

const expectations: Record<TenantRouteKind, string> = {
  exact_domain: 'must be a host name such as "shop.example.com" (no scheme, path or credentials)',
  subdomain: 'must be one DNS label such as "acme" (a-z, 0-9, dashes)',
  path_prefix: 'must start with "/" and name at least one segment, such as "/acme"',
};

/** The stored form of a rule value, or null with `expectations[kind]` as the reason. */
export function routeValueOrNull(kind: TenantRouteKind, raw: string): string | null {
  if (kind === "exact_domain") return /[/@?#\s]/.test(raw.trim()) ? null : normaliseHost(raw);
  if (kind === "subdomain") {
    const label = raw.trim().toLowerCase();
    return LABEL.test(label) ? label : null;
  }
  return normalisePathPrefix(raw);
}

export function routeValueProblem(kind: TenantRouteKind, raw: string): string | null {
  return routeValueOrNull(kind, raw) === null ? expectations[kind] : null;
}

/** For services called outside tRPC: the error names the field like zod's would. */
export function normaliseRouteValue(kind: TenantRouteKind, raw: string): string {
  const value = routeValueOrNull(kind, raw);
  if (value === null) throw new DomainError("TENANT_ROUTE_INVALID", `value: ${expectations[kind]} (got "${raw}").`, "BAD_REQUEST");
  return value;
}
