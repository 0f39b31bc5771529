// A kind's label and hint are app.tenants.routeKind.<kind>.label / .hint; placeholders are examples, not words.
export const routeKinds = [
  { kind: "exact_domain", placeholder: "shop.example.com" },
  { kind: "subdomain", placeholder: "acme" },
  { kind: "path_prefix", placeholder: "/acme" },
] as const;

export type RouteKind = (typeof routeKinds)[number]["kind"];

/** `t` reads app.tenants; a kind this build doesn't know is shown as the API names it. */
export function routeKindLabel(kind: string, t: (key: string) => string): string {
  return routeKinds.some((entry) => entry.kind === kind) ? t(`routeKind.${kind}.label`) : kind;
}
