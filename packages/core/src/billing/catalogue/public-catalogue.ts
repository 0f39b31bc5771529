import type { DbOrTx } from "@tillbox/db";
import { assertCurrencyEnabled } from "../money/validate";
import { getBillingSettings } from "../settings/billing-settings";
import type { PublicPlan, PublicCatalogue } from "./public-catalogue-output";

export type { PublicPrice, PublicPlan, PublicCatalogue } from "./public-catalogue-output";

/**
 * What the portal offers in one currency: active plans, add-ons and bundles that have an active
 * price in it. Archived items and items without a price in the currency are left out.
 */
export async function listPublicCatalogue(db: DbOrTx, tenantId: string, requested?: string): Promise<PublicCatalogue> {
  const currency = requested ?? (await getBillingSettings(db, tenantId)).defaultCurrency;
  const exponent = await assertCurrencyEnabled(db, tenantId, currency);
  const priced = { prices: { where: { currency, active: true }, select: { currency: true, unitAmount: true } } } as const;
  const [currencies, categories, plans, addOns, bundles] = await Promise.all([
    db.currency.findMany({ where: { tenantId, active: true }, orderBy: { code: "asc" }, select: { code: true, name: true, exponent: true } }),
    db.planCategory.findMany({ where: { tenantId }, orderBy: [{ position: "asc" }, { name: "asc" }] }),
    db.plan.findMany({ where: { tenantId, status: "active" }, include: priced, orderBy: [{ position: "asc" }, { name: "asc" }] }),
    db.addOn.findMany({ where: { tenantId, status: "active" }, include: { ...priced, plans: { select: { planId: true } } }, orderBy: { name: "asc" } }),
    db.tokenBundle.findMany({ where: { tenantId, status: "active" }, include: priced, orderBy: { tokens: "asc" } }),
  ]);
  const publicPlans = plans.flatMap(({ prices: [price], ...plan }) => (price ? [{ plan, price }] : []));
  const planView = ({ plan, price }: (typeof publicPlans)[number]): PublicPlan => ({
    id: plan.id,
    slug: plan.slug,
    name: plan.name,
    description: plan.description,
    interval: plan.interval,
    intervalCount: plan.intervalCount,
    trialDays: plan.trialDays,
    tokenGrant: plan.tokenGrant,
    tokenRollover: plan.tokenRollover,
    features: plan.features as Record<string, unknown>,
    price,
  });
  const groups: PublicCatalogue["groups"] = [...categories, null].flatMap((category) => {
    const inGroup = publicPlans.filter(({ plan }) => plan.categoryId === (category?.id ?? null));
    if (!inGroup.length) return [];
    const head = category && { id: category.id, slug: category.slug, name: category.name, isSingle: category.isSingle, parentId: category.parentId };
    return [{ category: head, plans: inGroup.map(planView) }];
  });
  return {
    currency,
    exponent,
    currencies,
    groups,
    addOns: addOns.flatMap(({ prices: [price], plans: restricted, ...addOn }) =>
      price
        ? [
            {
              id: addOn.id,
              slug: addOn.slug,
              name: addOn.name,
              description: addOn.description,
              recurring: addOn.recurring,
              features: addOn.features as Record<string, unknown>,
              planIds: restricted.map((row) => row.planId).sort(),
              price,
            },
          ]
        : [],
    ),
    bundles: bundles.flatMap(({ prices: [price], ...bundle }) =>
      price ? [{ id: bundle.id, slug: bundle.slug, name: bundle.name, tokens: bundle.tokens, price }] : [],
    ),
  };
}
