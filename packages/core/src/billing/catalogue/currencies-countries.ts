import type { DbOrTx } from "@tillbox/db";
import { DomainError } from "../../errors";
import type { BillingContext } from "../context";
import { currencyDisplayName, currencyExponent } from "../money/currency-table";
import { getBillingSettings } from "../settings/billing-settings";
import { isEuMember } from "../tax/vat-id";
import { countryUpsertSchema, currencyUpsertSchema } from "./schemas";
import { auditCatalogue, parseBillingInput } from "./validation";

export async function listCurrencies(db: DbOrTx, tenantId: string, options: { activeOnly?: boolean } = {}) {
  return db.currency.findMany({ where: { tenantId, ...(options.activeOnly ? { active: true } : {}) }, orderBy: { code: "asc" } });
}

/**
 * Enables (or renames, or disables) an ISO 4217 currency. The exponent always comes from ISO 4217,
 * never from the operator: a wrong exponent would misprice every amount in that currency.
 */
export async function upsertCurrency(ctx: BillingContext, input: unknown) {
  const { code, name, active } = parseBillingInput(currencyUpsertSchema, input);
  return ctx.db.$transaction(async (tx) => {
    if (active === false && (await getBillingSettings(tx, ctx.tenantId)).defaultCurrency === code) {
      throw new DomainError("CURRENCY_IS_DEFAULT", `${code} is the default currency in billing settings; pick another first (field: active).`, "CONFLICT");
    }
    const row = await tx.currency.upsert({
      where: { tenantId_code: { tenantId: ctx.tenantId, code } },
      create: { tenantId: ctx.tenantId, code, name: name ?? currencyDisplayName(code), exponent: currencyExponent(code), active: active ?? true },
      update: { ...(name ? { name } : {}), ...(active === undefined ? {} : { active }) },
    });
    await auditCatalogue(tx, ctx, "currency.upsert", { type: "currency", id: code }, { code, name: row.name, active: row.active });
    return row;
  });
}

export async function listCountries(db: DbOrTx, tenantId: string, options: { activeOnly?: boolean } = {}) {
  return db.country.findMany({ where: { tenantId, ...(options.activeOnly ? { active: true } : {}) }, orderBy: { code: "asc" } });
}

function countryDisplayName(code: string): string {
  try {
    return new Intl.DisplayNames(["en"], { type: "region" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** EU membership is the law's, not a setting: derived from the code (it drives reverse charge and OSS). */
export async function upsertCountry(ctx: BillingContext, input: unknown) {
  const { code, name, active } = parseBillingInput(countryUpsertSchema, input);
  return ctx.db.$transaction(async (tx) => {
    const row = await tx.country.upsert({
      where: { tenantId_code: { tenantId: ctx.tenantId, code } },
      create: { tenantId: ctx.tenantId, code, name: name ?? countryDisplayName(code), euMember: isEuMember(code), active: active ?? true },
      update: { euMember: isEuMember(code), ...(name ? { name } : {}), ...(active === undefined ? {} : { active }) },
    });
    await auditCatalogue(tx, ctx, "country.upsert", { type: "country", id: code }, { code, name: row.name, active: row.active });
    return row;
  });
}
