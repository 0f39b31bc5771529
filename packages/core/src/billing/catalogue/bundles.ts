import type { DbOrTx, Prisma } from "@tillbox/db";
import { DomainError } from "../../errors";
import type { BillingContext } from "../context";
import { findBundle } from "./owners";
import { replacePrices } from "./prices";
import { bundleCreateSchema, bundleUpdateSchema, catalogueIdSchema } from "./schemas";
import { auditCatalogue, parseBillingInput } from "./validation";

const bundleInclude = {
  prices: { where: { active: true }, orderBy: { currency: "asc" as const }, select: { id: true, currency: true, unitAmount: true } },
} satisfies Prisma.TokenBundleInclude;

export type AdminBundleView = Prisma.TokenBundleGetPayload<{ include: typeof bundleInclude }>;

export async function listAdminBundles(db: DbOrTx, tenantId: string): Promise<AdminBundleView[]> {
  return db.tokenBundle.findMany({ where: { tenantId }, include: bundleInclude, orderBy: [{ status: "asc" }, { tokens: "asc" }] });
}

export async function getAdminBundle(db: DbOrTx, tenantId: string, id: string): Promise<AdminBundleView> {
  await findBundle(db, tenantId, id);
  return db.tokenBundle.findFirstOrThrow({ where: { id, tenantId }, include: bundleInclude });
}

async function assertSlugFree(db: DbOrTx, tenantId: string, slug: string, exceptId?: string) {
  if (await db.tokenBundle.findFirst({ where: { tenantId, slug, ...(exceptId ? { id: { not: exceptId } } : {}) } })) {
    throw new DomainError("BUNDLE_SLUG_TAKEN", `A token bundle with slug "${slug}" exists (field: slug).`, "CONFLICT");
  }
}

export async function createBundle(ctx: BillingContext, input: unknown): Promise<AdminBundleView> {
  const { prices, ...data } = parseBillingInput(bundleCreateSchema, input);
  return ctx.db.$transaction(async (tx) => {
    await assertSlugFree(tx, ctx.tenantId, data.slug);
    const bundle = await tx.tokenBundle.create({ data: { tenantId: ctx.tenantId, ...data } });
    if (prices) await replacePrices(tx, ctx.tenantId, { bundleId: bundle.id }, prices);
    await auditCatalogue(tx, ctx, "token-bundle.create", { type: "token_bundle", id: bundle.id }, { ...data, prices: prices ?? [] });
    return getAdminBundle(tx, ctx.tenantId, bundle.id);
  });
}

export async function updateBundle(ctx: BillingContext, input: unknown): Promise<AdminBundleView> {
  const { id, ...patch } = parseBillingInput(bundleUpdateSchema, input);
  return ctx.db.$transaction(async (tx) => {
    await findBundle(tx, ctx.tenantId, id);
    if (patch.slug) await assertSlugFree(tx, ctx.tenantId, patch.slug, id);
    await tx.tokenBundle.update({ where: { id }, data: patch });
    await auditCatalogue(tx, ctx, "token-bundle.update", { type: "token_bundle", id }, { ...patch });
    return getAdminBundle(tx, ctx.tenantId, id);
  });
}

async function setBundleStatus(ctx: BillingContext, input: unknown, status: "active" | "archived"): Promise<AdminBundleView> {
  const { id } = parseBillingInput(catalogueIdSchema, input);
  return ctx.db.$transaction(async (tx) => {
    const current = await findBundle(tx, ctx.tenantId, id);
    if (current.status !== status) {
      await tx.tokenBundle.update({ where: { id }, data: { status } });
      await auditCatalogue(
        tx,
        ctx,
        status === "archived" ? "token-bundle.archive" : "token-bundle.unarchive",
        { type: "token_bundle", id },
        { slug: current.slug },
      );
    }
    return getAdminBundle(tx, ctx.tenantId, id);
  });
}

export const archiveBundle = (ctx: BillingContext, input: unknown) => setBundleStatus(ctx, input, "archived");
export const unarchiveBundle = (ctx: BillingContext, input: unknown) => setBundleStatus(ctx, input, "active");
