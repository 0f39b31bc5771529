import type { Db } from "@tillbox/db";
import { createTestClock } from "../../../src/billing/clock";
import { createPlan, createCategory, upsertCountry, upsertCurrency } from "../../../src/billing/catalogue";
import type { AccessActor } from "../../../src/identity/access/permissions";
import type { BillingContext } from "../../../src/billing/context";

export const tenantId = "default";

/** An operator holding every scope, as the routers pass it (audit entries name actorId). */
export function operator(actorId = "00000000-0000-4000-8000-000000000001", tenant = tenantId): AccessActor {
  return { tenantId: tenant, actorId, permissions: "all", ip: "203.0.113.9", userAgent: "vitest" };
}

export function contextOf(db: Db, tenant = tenantId): BillingContext {
  return { db, tenantId: tenant, clock: createTestClock(), actor: operator(undefined, tenant) };
}

/** EUR, USD and JPY enabled; DE, FR and US configured. */
export async function seedBasics(ctx: BillingContext): Promise<void> {
  for (const code of ["EUR", "USD", "JPY"]) await upsertCurrency(ctx, { code });
  for (const code of ["DE", "FR", "US"]) await upsertCountry(ctx, { code });
}

/** A single-subscription category with a monthly plan priced in EUR and JPY. */
export async function seedPlan(ctx: BillingContext, slug = "starter", extra: Record<string, unknown> = {}) {
  const category =
    (await ctx.db.planCategory.findFirst({ where: { tenantId: ctx.tenantId, slug: "plans" } })) ??
    (await createCategory(ctx, { slug: "plans", name: "Plans", isSingle: true }));
  return createPlan(ctx, {
    slug,
    name: slug[0]!.toUpperCase() + slug.slice(1),
    categoryId: category.id,
    interval: "month",
    trialDays: 14,
    tokenGrant: 1000,
    prices: [
      { currency: "EUR", unitAmount: 900 },
      { currency: "JPY", unitAmount: 1500 },
    ],
    ...extra,
  });
}

export async function createCustomer(db: Db, email = "customer@example.test", tenant = tenantId) {
  return db.user.create({ data: { tenantId: tenant, email } });
}

/** A live subscription row as subscriptions (area C) would create it; only the columns the catalogue reads matter. */
export async function createSubscription(db: Db, userId: string, planId: string, status: "active" | "canceled" = "active") {
  return db.subscription.create({
    data: {
      tenantId,
      userId,
      planId,
      status,
      currency: "EUR",
      unitAmount: 900,
      billingCycleAnchor: new Date("2026-01-01T00:00:00Z"),
      currentPeriodStart: new Date("2026-01-01T00:00:00Z"),
      currentPeriodEnd: new Date("2026-02-01T00:00:00Z"),
    },
  });
}

export async function auditActions(db: Db, targetId: string): Promise<string[]> {
  return (await db.auditLog.findMany({ where: { targetId }, orderBy: { createdAt: "asc" } })).map((row) => row.action);
}
