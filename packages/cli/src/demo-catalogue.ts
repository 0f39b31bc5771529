import { isProduction } from "@tillbox/config";
import { currencyDisplayName, currencyExponent, isEuMember } from "@tillbox/core";
import type { Db } from "@tillbox/db";

type Prices = Record<"EUR" | "USD" | "JPY", number>;

/** Demo prices in minor units: 9.00 € is 900, ¥1500 is 1500 (JPY has no minor unit). */
const plans = [
  {
    slug: "starter",
    name: "Starter",
    interval: "month",
    trialDays: 14,
    tokenGrant: 1000,
    tokenRollover: false,
    position: 0,
    features: { seats: 1, support: "community" },
    prices: { EUR: 900, USD: 1000, JPY: 1500 },
  },
  {
    slug: "pro",
    name: "Pro",
    interval: "month",
    trialDays: 0,
    tokenGrant: 5000,
    tokenRollover: true,
    position: 1,
    features: { seats: 5, support: "email", api: true },
    prices: { EUR: 2900, USD: 3200, JPY: 4800 },
  },
  {
    slug: "pro-yearly",
    name: "Pro yearly",
    interval: "year",
    trialDays: 0,
    tokenGrant: 60_000,
    tokenRollover: true,
    position: 2,
    features: { seats: 5, support: "email", api: true },
    prices: { EUR: 29_000, USD: 32_000, JPY: 48_000 },
  },
] as const satisfies readonly { prices: Prices; [key: string]: unknown }[];

const addOns = [
  { slug: "priority-support", name: "Priority support", recurring: true, planSlugs: ["pro"], prices: { EUR: 1900, USD: 2000, JPY: 3000 } },
  { slug: "onboarding-call", name: "Onboarding call", recurring: false, planSlugs: [], prices: { EUR: 9900, USD: 11_000, JPY: 15_000 } },
] as const;

const bundles = [
  { slug: "tokens-1000", name: "1,000 tokens", tokens: 1000, prices: { EUR: 500, USD: 600, JPY: 800 } },
  { slug: "tokens-10000", name: "10,000 tokens", tokens: 10_000, prices: { EUR: 4000, USD: 4500, JPY: 6400 } },
] as const;

const taxRates = [
  { country: "DE", name: "USt 19 %", rateMillipercent: 19_000, inclusive: false },
  { country: "FR", name: "TVA 20 %", rateMillipercent: 20_000, inclusive: false },
  { country: "NL", name: "BTW 21 %", rateMillipercent: 21_000, inclusive: false },
  { country: "AT", name: "USt 20 %", rateMillipercent: 20_000, inclusive: false },
  { country: "GB", name: "VAT 20 % (incl.)", rateMillipercent: 20_000, inclusive: true },
] as const;

const countryNames: Record<string, string> = {
  DE: "Germany",
  FR: "France",
  NL: "Netherlands",
  AT: "Austria",
  US: "United States",
  GB: "United Kingdom",
  JP: "Japan",
};

/**
 * The demo catalogue of the README: a seller in Germany, EUR/USD/JPY, EU tax rates, Starter/Pro
 * plans, add-ons and token bundles. Creates what is missing and never overwrites (an operator's
 * edits survive a second run; a second run changes nothing). Outside production only, like the
 * demo logins. Returns the slugs/codes it created.
 */
export async function seedDemoCatalogue(db: Db, tenantId: string): Promise<string[]> {
  if (isProduction()) return [];
  const created: string[] = [];
  const track = <T>(key: string, existing: T | null) => (existing ? existing : (created.push(key), null));

  for (const code of ["EUR", "USD", "JPY"]) {
    if (!track(`currency:${code}`, await db.currency.findUnique({ where: { tenantId_code: { tenantId, code } } }))) {
      await db.currency.create({ data: { tenantId, code, name: currencyDisplayName(code), exponent: currencyExponent(code) } });
    }
  }
  for (const [code, name] of Object.entries(countryNames)) {
    if (!track(`country:${code}`, await db.country.findUnique({ where: { tenantId_code: { tenantId, code } } }))) {
      await db.country.create({ data: { tenantId, code, name, euMember: isEuMember(code) } });
    }
  }
  for (const rate of taxRates) {
    if (!track(`tax-rate:${rate.country}`, await db.taxRate.findFirst({ where: { tenantId, country: rate.country } })))
      await db.taxRate.create({ data: { tenantId, ...rate } });
  }
  if (!track("billing-settings", await db.billingSettings.findUnique({ where: { tenantId } }))) {
    await db.billingSettings.create({
      data: {
        tenantId,
        legalName: "Tillbox Demo GmbH",
        vatId: "DE123456789",
        email: "billing@tillbox.dev",
        country: "DE",
        defaultCurrency: "EUR",
        address: { line1: "Musterstraße 1", city: "Berlin", postalCode: "10115", country: "DE" },
        invoiceFooter: "Tillbox Demo GmbH · Amtsgericht Berlin HRB 000000 · demo data",
      },
    });
  }
  const category =
    track("category:plans", await db.planCategory.findUnique({ where: { tenantId_slug: { tenantId, slug: "plans" } } })) ??
    (await db.planCategory.create({ data: { tenantId, slug: "plans", name: "Plans", isSingle: true } }));

  const planIds: Record<string, string> = {};
  for (const { prices, ...plan } of plans) {
    const row =
      track(`plan:${plan.slug}`, await db.plan.findUnique({ where: { tenantId_slug: { tenantId, slug: plan.slug } } })) ??
      (await db.plan.create({ data: { tenantId, categoryId: category.id, ...plan } }));
    planIds[plan.slug] = row.id;
    await ensurePrices(db, tenantId, { planId: row.id }, prices);
  }
  for (const { prices, planSlugs, ...addOn } of addOns) {
    const existing = track(`add-on:${addOn.slug}`, await db.addOn.findUnique({ where: { tenantId_slug: { tenantId, slug: addOn.slug } } }));
    const row = existing ?? (await db.addOn.create({ data: { tenantId, ...addOn, plans: { create: planSlugs.map((slug) => ({ planId: planIds[slug]! })) } } }));
    await ensurePrices(db, tenantId, { addOnId: row.id }, prices);
  }
  for (const { prices, ...bundle } of bundles) {
    const row =
      track(`bundle:${bundle.slug}`, await db.tokenBundle.findUnique({ where: { tenantId_slug: { tenantId, slug: bundle.slug } } })) ??
      (await db.tokenBundle.create({ data: { tenantId, ...bundle } }));
    await ensurePrices(db, tenantId, { bundleId: row.id }, prices);
  }
  return created;
}

/** A missing currency's price is added; an existing one (maybe edited) stays. */
async function ensurePrices(db: Db, tenantId: string, owner: { planId: string } | { addOnId: string } | { bundleId: string }, prices: Prices) {
  for (const [currency, unitAmount] of Object.entries(prices)) {
    if (await db.price.findFirst({ where: { tenantId, ...owner, currency } })) continue;
    await db.price.create({ data: { tenantId, ...owner, currency, unitAmount } });
  }
}
