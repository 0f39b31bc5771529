import type { DbOrTx, Tx } from "@tillbox/db";
import { DomainError } from "../../errors";
import { isUuid } from "../../identity/access/uuid";
import type { BillingContext } from "../context";
import { categoryCreateSchema, categoryUpdateSchema, catalogueIdSchema } from "./schemas";
import { auditCatalogue, isUniqueViolation, parseBillingInput } from "./validation";

export async function listCategories(db: DbOrTx, tenantId: string) {
  return db.planCategory.findMany({ where: { tenantId }, orderBy: [{ position: "asc" }, { name: "asc" }] });
}

export async function findCategory(tx: DbOrTx, tenantId: string, id: string, field = "id") {
  const row = isUuid(id) ? await tx.planCategory.findFirst({ where: { id, tenantId } }) : null;
  if (!row) throw new DomainError("CATEGORY_NOT_FOUND", `No plan category with id "${id}" (field: ${field}).`, "NOT_FOUND");
  return row;
}

/** Moving `id` under `parentId` must not make it its own ancestor. */
async function assertNoCycle(tx: Tx, tenantId: string, id: string, parentId: string) {
  const seen = new Set<string>();
  for (let current: string | null = parentId; current;) {
    if (current === id) throw new DomainError("CATEGORY_CYCLE", "A category can't be placed under itself or its own subcategory (field: parentId).");
    if (seen.has(current)) break;
    seen.add(current);
    const row: { parentId: string | null } | null = await tx.planCategory.findFirst({ where: { id: current, tenantId }, select: { parentId: true } });
    current = row?.parentId ?? null;
  }
}

function slugTaken(slug: string): DomainError {
  return new DomainError("CATEGORY_SLUG_TAKEN", `A plan category with slug "${slug}" exists (field: slug).`, "CONFLICT");
}

export async function createCategory(ctx: BillingContext, input: unknown) {
  const data = parseBillingInput(categoryCreateSchema, input);
  return ctx.db.$transaction(async (tx) => {
    if (data.parentId) await findCategory(tx, ctx.tenantId, data.parentId, "parentId");
    if (await tx.planCategory.findFirst({ where: { tenantId: ctx.tenantId, slug: data.slug } })) throw slugTaken(data.slug);
    const row = await tx.planCategory.create({ data: { tenantId: ctx.tenantId, ...data, parentId: data.parentId ?? null } }).catch((error: unknown) => {
      throw isUniqueViolation(error) ? slugTaken(data.slug) : error;
    });
    await auditCatalogue(tx, ctx, "plan-category.create", { type: "plan_category", id: row.id }, { ...data });
    return row;
  });
}

/**
 * isSingle applies to subscriptions started after the change: live ones keep the category they
 * were counted in (Subscription.singleCategoryId is fixed when the subscription starts).
 */
export async function updateCategory(ctx: BillingContext, input: unknown) {
  const { id, ...patch } = parseBillingInput(categoryUpdateSchema, input);
  return ctx.db.$transaction(async (tx) => {
    await findCategory(tx, ctx.tenantId, id);
    if (patch.parentId) {
      await findCategory(tx, ctx.tenantId, patch.parentId, "parentId");
      await assertNoCycle(tx, ctx.tenantId, id, patch.parentId);
    }
    if (patch.slug && (await tx.planCategory.findFirst({ where: { tenantId: ctx.tenantId, slug: patch.slug, id: { not: id } } }))) throw slugTaken(patch.slug);
    const row = await tx.planCategory.update({ where: { id }, data: patch });
    await auditCatalogue(tx, ctx, "plan-category.update", { type: "plan_category", id }, { ...patch });
    return row;
  });
}

/** Only an empty category goes: plans and subcategories would otherwise lose their place. */
export async function deleteCategory(ctx: BillingContext, input: unknown) {
  const { id } = parseBillingInput(catalogueIdSchema, input);
  return ctx.db.$transaction(async (tx) => {
    const row = await findCategory(tx, ctx.tenantId, id);
    const [plans, children] = await Promise.all([
      tx.plan.count({ where: { tenantId: ctx.tenantId, categoryId: id } }),
      tx.planCategory.count({ where: { tenantId: ctx.tenantId, parentId: id } }),
    ]);
    if (plans + children > 0) {
      throw new DomainError("CATEGORY_NOT_EMPTY", `"${row.name}" still holds ${plans} plan(s) and ${children} subcategory(ies) (field: id).`, "CONFLICT");
    }
    await tx.planCategory.delete({ where: { id } });
    await auditCatalogue(tx, ctx, "plan-category.delete", { type: "plan_category", id }, { slug: row.slug });
    return { id };
  });
}

/**
 * The category whose isSingle rule a plan falls under: the outermost isSingle category among the
 * plan's category and its ancestors (a single category covers its subcategories), or null.
 */
export function singleCategoryOf(categoryId: string | null, categories: ReadonlyMap<string, { parentId: string | null; isSingle: boolean }>): string | null {
  let single: string | null = null;
  const seen = new Set<string>();
  for (let current = categoryId; current && !seen.has(current); current = categories.get(current)?.parentId ?? null) {
    seen.add(current);
    if (categories.get(current)?.isSingle) single = current;
  }
  return single;
}

/**
 * The category a new plan most likely belongs in, for the plan form to preselect: the single-plan
 * category holding the most active plans (subscribers can switch between its plans), else the
 * category holding the most active plans, else null. Ties go to display order.
 */
export async function suggestPlanCategory(db: DbOrTx, tenantId: string): Promise<{ id: string } | null> {
  const rows = await db.planCategory.findMany({
    where: { tenantId },
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: { id: true, isSingle: true, _count: { select: { plans: { where: { status: "active" } } } } },
  });
  const best = rows.reduce<(typeof rows)[number] | null>((chosen, row) => {
    if (!chosen) return row;
    if (row.isSingle !== chosen.isSingle) return row.isSingle ? row : chosen;
    return row._count.plans > chosen._count.plans ? row : chosen;
  }, null);
  return best && { id: best.id };
}
