import type { DbOrTx, Prisma } from "@tillbox/db";
import { DomainError } from "../../errors";
import type { BillingContext } from "../context";
import { findCategory } from "./categories";
import { findPlan } from "./owners";
import { planAvailability } from "./plan-availability";
import { replacePrices } from "./prices";
import { catalogueIdSchema, planCreateSchema, planUpdateSchema } from "./schemas";
import { auditCatalogue, parseBillingInput } from "./validation";

/** Subscriptions that still hold a plan (archiving never touches them). */
export const subscriptionStatusesHoldingPlan = ["incomplete", "trialing", "active", "past_due", "paused", "unpaid"] as const;

const planInclude = {
  prices: { where: { active: true }, orderBy: { currency: "asc" as const }, select: { id: true, currency: true, unitAmount: true } },
  category: { select: { id: true, slug: true, name: true, isSingle: true } },
  _count: { select: { subscriptions: { where: { status: { in: [...subscriptionStatusesHoldingPlan] } } } } },
} satisfies Prisma.PlanInclude;

type PlanRow = Prisma.PlanGetPayload<{ include: typeof planInclude }>;

function planView({ _count, ...plan }: PlanRow, enabledCurrencies: readonly string[]) {
  return {
    ...plan,
    features: plan.features as Record<string, unknown>,
    subscriberCount: _count.subscriptions,
    availability: planAvailability(plan, enabledCurrencies),
  };
}
export type AdminPlanView = ReturnType<typeof planView>;

async function enabledCurrencyCodes(db: DbOrTx, tenantId: string): Promise<string[]> {
  const rows = await db.currency.findMany({ where: { tenantId, active: true }, orderBy: { code: "asc" }, select: { code: true } });
  return rows.map((row) => row.code);
}

/** Every plan, archived ones included (admins see what customers still pay for), each with why it isn't sold to everyone. */
export async function listAdminPlans(db: DbOrTx, tenantId: string): Promise<AdminPlanView[]> {
  const [rows, currencies] = await Promise.all([
    db.plan.findMany({ where: { tenantId }, include: planInclude, orderBy: [{ status: "asc" }, { position: "asc" }, { name: "asc" }] }),
    enabledCurrencyCodes(db, tenantId),
  ]);
  return rows.map((row) => planView(row, currencies));
}

export async function getAdminPlan(db: DbOrTx, tenantId: string, id: string): Promise<AdminPlanView> {
  await findPlan(db, tenantId, id);
  const [row, currencies] = await Promise.all([
    db.plan.findFirstOrThrow({ where: { id, tenantId }, include: planInclude }),
    enabledCurrencyCodes(db, tenantId),
  ]);
  return planView(row, currencies);
}

/** One-time plans have no periods: nothing to repeat, no trial to run before the first one. */
function assertPeriodRules(plan: { interval: string; intervalCount: number; trialDays: number }) {
  if (plan.interval !== "one_time") return;
  if (plan.intervalCount !== 1) throw new DomainError("PLAN_INVALID", "A one-time plan has intervalCount 1 (field: intervalCount).");
  if (plan.trialDays !== 0) throw new DomainError("PLAN_INVALID", "A one-time plan can't have a trial (field: trialDays).");
}

async function assertSlugFree(db: DbOrTx, tenantId: string, slug: string, exceptId?: string) {
  const taken = await db.plan.findFirst({ where: { tenantId, slug, ...(exceptId ? { id: { not: exceptId } } : {}) } });
  if (taken) throw new DomainError("PLAN_SLUG_TAKEN", `A plan with slug "${slug}" exists (field: slug).`, "CONFLICT");
}

/**
 * A plan and its prices in one transaction: a refused price (a currency not enabled, listed twice)
 * leaves no plan behind, and the error names it by currency (field: prices.EUR).
 */
export async function createPlan(ctx: BillingContext, input: unknown): Promise<AdminPlanView> {
  const { prices, ...data } = parseBillingInput(planCreateSchema, input);
  return ctx.db.$transaction(async (tx) => {
    if (data.categoryId) await findCategory(tx, ctx.tenantId, data.categoryId, "categoryId");
    assertPeriodRules(data);
    await assertSlugFree(tx, ctx.tenantId, data.slug);
    const plan = await tx.plan.create({
      data: { tenantId: ctx.tenantId, ...data, categoryId: data.categoryId ?? null, features: data.features as Prisma.InputJsonValue },
    });
    if (prices) await replacePrices(tx, ctx.tenantId, { planId: plan.id }, prices);
    await auditCatalogue(
      tx,
      ctx,
      "plan.create",
      { type: "plan", id: plan.id },
      { ...data, features: data.features as Prisma.InputJsonValue, prices: prices ?? [] },
    );
    return getAdminPlan(tx, ctx.tenantId, plan.id);
  });
}

/** A plan with live subscribers keeps its billing period: their renewals are computed from it. */
export async function updatePlan(ctx: BillingContext, input: unknown): Promise<AdminPlanView> {
  const { id, ...patch } = parseBillingInput(planUpdateSchema, input);
  return ctx.db.$transaction(async (tx) => {
    const current = await findPlan(tx, ctx.tenantId, id);
    if (patch.categoryId) await findCategory(tx, ctx.tenantId, patch.categoryId, "categoryId");
    assertPeriodRules({ ...current, ...patch });
    if (patch.slug) await assertSlugFree(tx, ctx.tenantId, patch.slug, id);
    const periodChanged = (patch.interval ?? current.interval) !== current.interval || (patch.intervalCount ?? current.intervalCount) !== current.intervalCount;
    if (
      periodChanged &&
      (await tx.subscription.count({ where: { tenantId: ctx.tenantId, planId: id, status: { in: [...subscriptionStatusesHoldingPlan] } } })) > 0
    ) {
      throw new DomainError(
        "PLAN_IN_USE",
        "The billing period of a plan with live subscriptions can't change; create a new plan (field: interval).",
        "CONFLICT",
      );
    }
    const data = { ...patch, features: patch.features as Prisma.InputJsonValue | undefined };
    await tx.plan.update({ where: { id }, data });
    await auditCatalogue(tx, ctx, "plan.update", { type: "plan", id }, JSON.parse(JSON.stringify(data)) as Prisma.InputJsonValue);
    return getAdminPlan(tx, ctx.tenantId, id);
  });
}

async function setPlanStatus(ctx: BillingContext, input: unknown, status: "active" | "archived"): Promise<AdminPlanView> {
  const { id } = parseBillingInput(catalogueIdSchema, input);
  return ctx.db.$transaction(async (tx) => {
    const current = await findPlan(tx, ctx.tenantId, id);
    if (current.status !== status) {
      await tx.plan.update({ where: { id }, data: { status } });
      await auditCatalogue(tx, ctx, status === "archived" ? "plan.archive" : "plan.unarchive", { type: "plan", id }, { slug: current.slug });
    }
    return getAdminPlan(tx, ctx.tenantId, id);
  });
}

/** Archived: no longer sold (checkout refuses it, the portal hides it); subscribers keep it and renew. */
export const archivePlan = (ctx: BillingContext, input: unknown) => setPlanStatus(ctx, input, "archived");
export const unarchivePlan = (ctx: BillingContext, input: unknown) => setPlanStatus(ctx, input, "active");
