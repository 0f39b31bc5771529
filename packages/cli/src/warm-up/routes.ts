import { demoUsers } from "../demo-users";

export type AppName = "web" | "admin";
/** Who requests the route: nobody, or a demo login (account and back-office pages redirect everyone else). */
export type Visitor = "anonymous" | "customer" | "owner";

export interface WarmRoute {
  app: AppName;
  /** `{plan}` is replaced by the id of a plan from the public catalogue (the checkout needs one). */
  path: string;
  as: Visitor;
  /** Set on the pages people open first; the first-visit benchmark measures exactly these. */
  page?: string;
}

/**
 * What `pnpm dev` compiles before anyone asks, in this order: the routes a developer opens first
 * (the portal's home, the back-office sign-in), then the portal's buying path, then the
 * back-office's lists. API routes are one Next.js route each (`/api/trpc/[trpc]` serves every
 * procedure), so one call per app compiles all of tRPC. Signing in compiles `/api/auth`.
 */
export const warmRoutes: readonly WarmRoute[] = [
  { app: "web", path: "/", as: "anonymous", page: "portal home" },
  { app: "admin", path: "/sign-in", as: "anonymous" },
  { app: "web", path: "/api/trpc/billing.catalogue.plans", as: "anonymous" },
  { app: "web", path: "/pricing", as: "anonymous", page: "pricing" },
  { app: "web", path: "/auth/sign-in", as: "anonymous" },
  { app: "web", path: "/account/billing", as: "customer", page: "account/billing" },
  { app: "web", path: "/checkout?plan={plan}", as: "customer", page: "checkout" },
  { app: "web", path: "/checkout/sandbox-action?payment=sbx_pay_warm_up", as: "customer", page: "sandbox card page" },
  // Where provider pages (the sandbox's too) send the customer back; it captures, then shows the order.
  { app: "web", path: "/account/billing/return", as: "customer" },
  { app: "admin", path: "/", as: "owner", page: "admin dashboard" },
  { app: "admin", path: "/api/trpc/billing.catalogue.admin.plans.list", as: "owner" },
  { app: "admin", path: "/invoices", as: "owner", page: "admin invoices" },
  { app: "admin", path: "/plans", as: "owner", page: "admin plans" },
  { app: "admin", path: "/subscriptions", as: "owner", page: "admin subscriptions" },
  { app: "admin", path: "/users", as: "owner", page: "admin users" },
  { app: "admin", path: "/plugins", as: "owner", page: "admin plugins" },
];

/** The demo login a visitor signs in with (seeded by `pnpm dev`, see demo-users.ts). */
export function loginOf(visitor: Exclude<Visitor, "anonymous">): { email: string; password: string } {
  const role = visitor === "owner" ? "owner" : "user";
  const user = demoUsers.find((demo) => demo.role === role)!;
  return { email: user.email, password: user.password };
}
