import type { DbOrTx, Tx } from "@tillbox/db";
import { DomainError } from "../../errors";
import { isUuid } from "../../identity/access/uuid";
import type { BillingContext } from "../context";
import { taxRateCreateSchema, taxRateUpdateSchema } from "./schemas";
import { auditCatalogue, parseBillingInput } from "./validation";

export async function listTaxRates(db: DbOrTx, tenantId: string, filter: { country?: string } = {}) {
  return db.taxRate.findMany({
    where: { tenantId, ...(filter.country ? { country: filter.country } : {}) },
    orderBy: [{ country: "asc" }, { createdAt: "asc" }],
  });
}

/** One active rate per country: the tax step must never have to guess which one applies. */
async function assertNoOtherActive(tx: Tx, tenantId: string, country: string, exceptId: string | null) {
  const other = await tx.taxRate.findFirst({ where: { tenantId, country, active: true, ...(exceptId ? { id: { not: exceptId } } : {}) } });
  if (other) {
    throw new DomainError("TAX_RATE_ACTIVE_EXISTS", `${country} already has the active rate "${other.name}"; deactivate it first (field: active).`, "CONFLICT");
  }
}

async function assertCountryConfigured(tx: Tx, tenantId: string, country: string) {
  const row = await tx.country.findUnique({ where: { tenantId_code: { tenantId, code: country } } });
  if (!row) throw new DomainError("COUNTRY_NOT_CONFIGURED", `Add ${country} to the countries first (field: country).`);
}

export async function createTaxRate(ctx: BillingContext, input: unknown) {
  const data = parseBillingInput(taxRateCreateSchema, input);
  return ctx.db.$transaction(async (tx) => {
    await assertCountryConfigured(tx, ctx.tenantId, data.country);
    if (data.active) await assertNoOtherActive(tx, ctx.tenantId, data.country, null);
    const row = await tx.taxRate.create({ data: { tenantId: ctx.tenantId, ...data } });
    await auditCatalogue(tx, ctx, "tax-rate.create", { type: "tax_rate", id: row.id }, { ...data });
    return row;
  });
}

/** Issued invoices copy the rate onto their lines, so editing a rate never changes them. */
export async function updateTaxRate(ctx: BillingContext, input: unknown) {
  const { id, ...patch } = parseBillingInput(taxRateUpdateSchema, input);
  return ctx.db.$transaction(async (tx) => {
    const current = isUuid(id) ? await tx.taxRate.findFirst({ where: { id, tenantId: ctx.tenantId } }) : null;
    if (!current) throw new DomainError("TAX_RATE_NOT_FOUND", `No tax rate with id "${id}" (field: id).`, "NOT_FOUND");
    if (patch.active) await assertNoOtherActive(tx, ctx.tenantId, current.country, current.id);
    const row = await tx.taxRate.update({ where: { id }, data: patch });
    await auditCatalogue(tx, ctx, "tax-rate.update", { type: "tax_rate", id }, { ...patch, country: current.country });
    return row;
  });
}
