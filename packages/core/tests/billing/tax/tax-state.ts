import type { CheckoutState, DraftLine, PartySnapshot, TaxRateSnapshot } from "../../../src/billing/checkout/line-items";

export const rate = (country: string, millipercent: number, inclusive = false): TaxRateSnapshot => ({
  id: `rate-${country}`,
  name: `${country} VAT`,
  country,
  millipercent,
  inclusive,
});

export const party = (country: string | null, vatId: string | null = null): PartySnapshot => ({
  name: "Someone",
  company: null,
  email: null,
  address: {},
  country,
  vatId,
});

export const line = (amount: number, taxable = true, kind = "plan"): DraftLine => ({
  kind,
  source: "core.price",
  description: kind,
  quantity: 1,
  unitAmount: amount,
  amount,
  taxable,
  tax: null,
  refs: {},
});

/** A priced cart (lines only), as the tax step sees it. */
export function stateWith(lines: DraftLine[], seller: PartySnapshot, customer: PartySnapshot, taxRates: TaxRateSnapshot[]): CheckoutState {
  return {
    cart: { tenantId: "default", userId: "u", currency: "EUR", items: [] },
    now: new Date("2026-03-01T00:00:00Z"),
    catalogue: { plans: {}, addOns: {}, bundles: {}, currencyExponent: 2 },
    customer,
    seller,
    taxRates,
    lines,
    reverseCharge: false,
    notes: [],
  };
}
