import { z } from "zod";
import { createTenantService, routeValueProblem, TENANT_SLUG_PATTERN, type TenantRouteKind } from "@tillbox/core";
import { authorizedProcedure, router, type Context } from "@tillbox/trpc";
import { originOf } from "../request-origin";
import { assertPlatformTenant } from "../platform";

const kind = z.enum(["exact_domain", "subdomain", "path_prefix"]);
const priority = z.number().int().min(-1000).max(1000);
const routeId = z.object({ id: z.uuid() });

/** zod issue on `value`, so the admin form shows the message under the right field. */
function checkValue(input: { kind?: TenantRouteKind; value?: string }, context: z.RefinementCtx) {
  if (input.kind === undefined || input.value === undefined) return;
  const problem = routeValueProblem(input.kind, input.value);
  if (problem) context.addIssue({ code: "custom", path: ["value"], message: problem });
}

/** The service sees the unscoped client: tenants and rules are platform data. */
function serviceFor(ctx: Context) {
  // Hook for per-tenant setup (identity's ensureBuiltinRoles…) goes into onTenantCreated here.
  return createTenantService(ctx.db, { onTenantCreated: [] });
}

function platform(ctx: Context, what: string) {
  assertPlatformTenant(ctx, what);
  return serviceFor(ctx);
}

export const tenantsRouter = router({
  /** The tenant this request resolved to, with its own rules; any tenant may read itself. */
  current: authorizedProcedure("tenants:read").query(async ({ ctx }) => {
    // ctx.db is scoped: only this tenant and its rules are visible through it.
    const [tenant, routes] = await Promise.all([
      ctx.db.tenant.findFirst(),
      ctx.db.tenantRoute.findMany({ orderBy: [{ priority: "desc" }, { createdAt: "asc" }] }),
    ]);
    return { tenant, routes };
  }),

  list: authorizedProcedure("tenants:read").query(({ ctx }) => platform(ctx, "The tenant list").list()),

  create: authorizedProcedure("tenants:manage")
    .input(
      z.object({
        slug: z.string().trim().toLowerCase().regex(TENANT_SLUG_PATTERN, "must be 1-63 characters a-z, 0-9 or dashes"),
        name: z.string().trim().min(1).max(120),
      }),
    )
    .mutation(({ ctx, input }) => platform(ctx, "Tenants").create(input, originOf(ctx))),

  routes: router({
    list: authorizedProcedure("tenants:read")
      .input(z.object({ tenantId: z.string().min(1).optional() }).default({}))
      .query(({ ctx, input }) => platform(ctx, "Routing rules").listRoutes(input)),

    create: authorizedProcedure("tenants:manage")
      .input(z.object({ tenantId: z.string().min(1), kind, value: z.string().max(253), priority: priority.default(0) }).superRefine(checkValue))
      .mutation(({ ctx, input }) => platform(ctx, "Routing rules").createRoute(input, originOf(ctx))),

    update: authorizedProcedure("tenants:manage")
      .input(routeId.extend({ kind: kind.optional(), value: z.string().max(253).optional(), priority: priority.optional() }).superRefine(checkValue))
      .mutation(({ ctx, input }) => {
        const { id, ...patch } = input;
        return platform(ctx, "Routing rules").updateRoute(id, patch, originOf(ctx));
      }),

    delete: authorizedProcedure("tenants:manage")
      .input(routeId)
      .mutation(({ ctx, input }) => platform(ctx, "Routing rules").deleteRoute(input.id, originOf(ctx))),
  }),
});
