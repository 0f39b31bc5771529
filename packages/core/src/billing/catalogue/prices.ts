import type { Tx } from "@tillbox/db";
import { DomainError } from "../../errors";
import type { BillingContext } from "../context";
import { assertCurrencyEnabled } from "../money/validate";
import { findOwner, type PriceOwner } from "./owners";
import { setPricesSchema } from "./schemas";
import { auditCatalogue, parseBillingInput } from "./validation";

export interface PriceInput {
  currency: string;
  unitAmount: number;
}

const ownerKey = (owner: PriceOwner) =>
  "planId" in owner ? { planId: owner.planId } : "addOnId" in owner ? { addOnId: owner.addOnId } : { bundleId: owner.bundleId };

/**
 * Makes `prices` the owner's price list: listed currencies are upserted (active), other currencies'
 * prices are deactivated, not deleted, so what was sold stays explainable. Live subscriptions keep
 * the amount they subscribed at. Every currency must be enabled; each may appear once. Errors name
 * the price by its currency (field: prices.EUR).
 */
export async function replacePrices(tx: Tx, tenantId: string, owner: PriceOwner, prices: readonly PriceInput[], field = "prices") {
  const seen = new Set<string>();
  for (const price of prices) {
    if (seen.has(price.currency)) throw new DomainError("PRICE_DUPLICATE_CURRENCY", `${price.currency} is listed twice (field: ${field}.${price.currency}).`);
    seen.add(price.currency);
    await assertCurrencyEnabled(tx, tenantId, price.currency, `${field}.${price.currency}`);
  }
  const key = ownerKey(owner);
  for (const price of prices) {
    const existing = await tx.price.findFirst({ where: { tenantId, ...key, currency: price.currency } });
    if (existing) await tx.price.update({ where: { id: existing.id }, data: { unitAmount: price.unitAmount, active: true } });
    else await tx.price.create({ data: { tenantId, ...key, currency: price.currency, unitAmount: price.unitAmount } });
  }
  await tx.price.updateMany({ where: { tenantId, ...key, currency: { notIn: [...seen] } }, data: { active: false } });
  return tx.price.findMany({ where: { tenantId, ...key, active: true }, orderBy: { currency: "asc" } });
}

/** Replaces the price list of one plan, add-on or bundle, audited with the old and new amounts. */
export async function setPrices(ctx: BillingContext, input: unknown) {
  const { owner, prices } = parseBillingInput(setPricesSchema, input);
  return ctx.db.$transaction(async (tx) => {
    const target = await findOwner(tx, ctx.tenantId, owner);
    const before = await tx.price.findMany({
      where: { tenantId: ctx.tenantId, ...ownerKey(owner), active: true },
      select: { currency: true, unitAmount: true },
    });
    const after = await replacePrices(tx, ctx.tenantId, owner, prices);
    await auditCatalogue(
      tx,
      ctx,
      "price.set",
      { type: target.type, id: target.id },
      {
        before: before.map(({ currency, unitAmount }) => ({ currency, unitAmount })),
        after: after.map(({ currency, unitAmount }) => ({ currency, unitAmount })),
      },
    );
    return after;
  });
}
