/**
 * The checkout pipeline's vocabulary. A cart is loaded once (catalogue rows, tax rates, the
 * customer), then ordered line-item handlers run as pure functions over a CheckoutState; the
 * final state becomes an invoice. Core registers price (100), proration (200) and tax (900);
 * plugins add theirs (discount codes ~300, shipping ~400, token payment ~800) through definePlugin.
 * What a cart can hold is the registry of sellables (sellables/registry.ts).
 */
import type { z } from "zod";
import type { AddOnItem } from "../sellables/add-ons/add-on-item";
import type { pluginItemSchema } from "../sellables/cart-item";
import type { PlanItem } from "../sellables/plans/plan-item";
import type { TokenBundleItem } from "../sellables/token-bundles/token-bundle-item";

/** One item per sellable kind, each typed by its sellable's zod schema; a plugin's kind is "<slug>:<name>". */
export type CartItem = PlanItem | AddOnItem | TokenBundleItem | z.output<typeof pluginItemSchema>;

export interface Cart {
  tenantId: string;
  userId: string;
  currency: string;
  items: CartItem[];
  /** Codes a customer typed (discounts, vouchers); plugins' handlers interpret them. */
  codes?: string[];
  /** Free-form input for plugins' handlers, e.g. a shipping address. */
  metadata?: Record<string, unknown>;
}

export interface TaxRateSnapshot {
  id: string;
  name: string;
  country: string;
  millipercent: number;
  inclusive: boolean;
}

export interface PartySnapshot {
  name: string | null;
  company: string | null;
  email: string | null;
  address: Record<string, string>;
  country: string | null;
  vatId: string | null;
}

/** One invoice line being built. Amounts are integer minor units of the cart currency, signed (credits < 0). */
export interface DraftLine {
  kind: string;
  /** The handler that produced it: "core.price", "core.proration", "<plugin-slug>". */
  source: string;
  description: string;
  quantity: number;
  unitAmount: number;
  /** quantity × unitAmount (or a computed credit); for inclusive tax rates it contains the tax. */
  amount: number;
  taxable: boolean;
  tax: { rate: TaxRateSnapshot; amount: number } | null;
  periodStart?: Date;
  periodEnd?: Date;
  refs: Record<string, string | number | boolean | null>;
}

export interface CheckoutState {
  readonly cart: Cart;
  readonly now: Date;
  /** Catalogue rows the cart refers to, loaded before the pure handlers run. */
  readonly catalogue: CatalogueSnapshot;
  readonly customer: PartySnapshot;
  readonly seller: PartySnapshot;
  /** Tax rates for the customer's country (active ones), loaded up front. */
  readonly taxRates: readonly TaxRateSnapshot[];
  lines: DraftLine[];
  reverseCharge: boolean;
  /** Messages for the customer (e.g. "code SPRING applied"), shown with the preview. */
  notes: string[];
}

export interface CataloguePrice {
  id: string;
  currency: string;
  unitAmount: number;
}

export interface CatalogueSnapshot {
  plans: Record<
    string,
    {
      id: string;
      name: string;
      interval: "week" | "month" | "year" | "one_time";
      intervalCount: number;
      trialDays: number;
      tokenGrant: number;
      singleCategoryId: string | null;
      price: CataloguePrice | null;
    }
  >;
  addOns: Record<string, { id: string; name: string; recurring: boolean; planIds: string[]; price: CataloguePrice | null }>;
  bundles: Record<string, { id: string; name: string; tokens: number; price: CataloguePrice | null }>;
  currencyExponent: number;
  /** Plugins' sellables' rows (their load), by kind; billing's own kinds are in the fields above. */
  sellables?: Record<string, unknown>;
}

/** A pure step of the pipeline: same state in, same state out; no I/O, no clock (use state.now). */
export interface LineItemHandler {
  id: string;
  /** Lower runs first. Tax (900) runs after everything that changes amounts. */
  order: number;
  apply(state: CheckoutState): CheckoutState;
}
