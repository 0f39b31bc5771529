export const routeKinds = [
  { kind: "exact_domain", label: "Exact domain", placeholder: "shop.example.com", hint: "The whole host name, without scheme or port." },
  { kind: "subdomain", label: "Subdomain", placeholder: "acme", hint: "One label: acme matches acme.<base domain>." },
  { kind: "path_prefix", label: "Path prefix", placeholder: "/acme", hint: "Requests under this path belong to the tenant." },
] as const;

export type RouteKind = (typeof routeKinds)[number]["kind"];

export function routeKindLabel(kind: string): string {
  return routeKinds.find((entry) => entry.kind === kind)?.label ?? kind;
}
