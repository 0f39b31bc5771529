import type { DbOrTx, Prisma, Tx } from "@tillbox/db";
import { DomainError } from "../../errors";
import type { BillingContext } from "../context";
import { findAddOn, findPlan } from "./owners";
import { replacePrices } from "./prices";
import { addOnCreateSchema, addOnUpdateSchema, catalogueIdSchema } from "./schemas";
import { auditCatalogue, parseBillingInput } from "./validation";

const addOnInclude = {
  prices: { where: { active: true }, orderBy: { currency: "asc" as const }, select: { id: true, currency: true, unitAmount: true } },
  plans: { select: { planId: true } },
} satisfies Prisma.AddOnInclude;

type AddOnRow = Prisma.AddOnGetPayload<{ include: typeof addOnInclude }>;

/** planIds empty = a global add-on, offered with every plan. */
export function addOnView({ plans, ...addOn }: AddOnRow) {
  return { ...addOn, features: addOn.features as Record<string, unknown>, planIds: plans.map((row) => row.planId).sort() };
}
export type AdminAddOnView = ReturnType<typeof addOnView>;

export async function listAdminAddOns(db: DbOrTx, tenantId: string): Promise<AdminAddOnView[]> {
  return (await db.addOn.findMany({ where: { tenantId }, include: addOnInclude, orderBy: [{ status: "asc" }, { name: "asc" }] })).map(addOnView);
}

export async function getAdminAddOn(db: DbOrTx, tenantId: string, id: string): Promise<AdminAddOnView> {
  await findAddOn(db, tenantId, id);
  return addOnView(await db.addOn.findFirstOrThrow({ where: { id, tenantId }, include: addOnInclude }));
}

async function setRestrictions(tx: Tx, tenantId: string, addOnId: string, planIds: readonly string[]) {
  for (const [index, planId] of planIds.entries()) await findPlan(tx, tenantId, planId, `planIds[${index}]`);
  await tx.addOnPlan.deleteMany({ where: { tenantId, addOnId } });
  if (planIds.length) await tx.addOnPlan.createMany({ data: [...new Set(planIds)].map((planId) => ({ tenantId, addOnId, planId })) });
}

async function assertSlugFree(db: DbOrTx, tenantId: string, slug: string, exceptId?: string) {
  if (await db.addOn.findFirst({ where: { tenantId, slug, ...(exceptId ? { id: { not: exceptId } } : {}) } })) {
    throw new DomainError("ADD_ON_SLUG_TAKEN", `An add-on with slug "${slug}" exists (field: slug).`, "CONFLICT");
  }
}

export async function createAddOn(ctx: BillingContext, input: unknown): Promise<AdminAddOnView> {
  const { prices, planIds, ...data } = parseBillingInput(addOnCreateSchema, input);
  return ctx.db.$transaction(async (tx) => {
    for (const [index, planId] of planIds.entries()) await findPlan(tx, ctx.tenantId, planId, `planIds[${index}]`);
    await assertSlugFree(tx, ctx.tenantId, data.slug);
    const addOn = await tx.addOn.create({ data: { tenantId: ctx.tenantId, ...data, features: data.features as Prisma.InputJsonValue } });
    await setRestrictions(tx, ctx.tenantId, addOn.id, planIds);
    if (prices) await replacePrices(tx, ctx.tenantId, { addOnId: addOn.id }, prices);
    await auditCatalogue(
      tx,
      ctx,
      "add-on.create",
      { type: "add_on", id: addOn.id },
      { ...data, features: data.features as Prisma.InputJsonValue, planIds, prices: prices ?? [] },
    );
    return getAdminAddOn(tx, ctx.tenantId, addOn.id);
  });
}

/** planIds, when given, replaces the restriction list ([] makes the add-on global). */
export async function updateAddOn(ctx: BillingContext, input: unknown): Promise<AdminAddOnView> {
  const { id, planIds, ...patch } = parseBillingInput(addOnUpdateSchema, input);
  return ctx.db.$transaction(async (tx) => {
    await findAddOn(tx, ctx.tenantId, id);
    if (patch.slug) await assertSlugFree(tx, ctx.tenantId, patch.slug, id);
    if (planIds) await setRestrictions(tx, ctx.tenantId, id, planIds);
    const data = { ...patch, features: patch.features as Prisma.InputJsonValue | undefined };
    await tx.addOn.update({ where: { id }, data });
    await auditCatalogue(tx, ctx, "add-on.update", { type: "add_on", id }, JSON.parse(JSON.stringify({ ...data, planIds })) as Prisma.InputJsonValue);
    return getAdminAddOn(tx, ctx.tenantId, id);
  });
}

async function setAddOnStatus(ctx: BillingContext, input: unknown, status: "active" | "archived"): Promise<AdminAddOnView> {
  const { id } = parseBillingInput(catalogueIdSchema, input);
  return ctx.db.$transaction(async (tx) => {
    const current = await findAddOn(tx, ctx.tenantId, id);
    if (current.status !== status) {
      await tx.addOn.update({ where: { id }, data: { status } });
      await auditCatalogue(tx, ctx, status === "archived" ? "add-on.archive" : "add-on.unarchive", { type: "add_on", id }, { slug: current.slug });
    }
    return getAdminAddOn(tx, ctx.tenantId, id);
  });
}

export const archiveAddOn = (ctx: BillingContext, input: unknown) => setAddOnStatus(ctx, input, "archived");
export const unarchiveAddOn = (ctx: BillingContext, input: unknown) => setAddOnStatus(ctx, input, "active");
