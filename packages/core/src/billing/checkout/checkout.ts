import { DomainError } from "../../errors";
import type { BillingContext } from "../context";
import { withIdempotency } from "../idempotency";
import { createInvoiceFromState } from "../invoices/create-invoice";
import { createPaymentRow, executePayment, type PaymentDeps } from "../payments/charge-invoice";
import { fulfilInvoice } from "../payments/fulfil-invoice";
import { recordSetup } from "../payments/setup-payments";
import { createCheckoutPurchases } from "./checkout-purchases";
import { resumableCheckout, resumeCheckout } from "./resume-checkout";
import type { LineItemHandler } from "./line-items";
import { parseCart, priceCart, type CartInput } from "./price-cart";
import { computeTotals } from "./run-handlers";
import { planTrialCollection, startsTrial } from "./trial-collection";
import type { CheckoutResult } from "./checkout-output";

/** Under load (a burst of duplicate requests polling for their key) a connection can take a while to free up. */
const TX_OPTIONS = { maxWait: 15_000, timeout: 30_000 };

export interface CheckoutDeps extends PaymentDeps {
  /** Plugins' line-item handlers (of enabled plugins); core's price, proration and tax always run. */
  handlers?: readonly LineItemHandler[];
  /** Slugs of enabled plugins: only their sellables can be bought (billing's own always can). */
  enabledPlugins?: readonly string[];
}

export interface CheckoutInput {
  userId: string;
  cart: CartInput;
  /** A provider key from the ones offered for the customer's country and currency; not needed for a zero total. */
  provider?: string | null;
  idempotencyKey: string;
}

export type { CheckoutResult } from "./checkout-output";

/**
 * Cart → invoice → payment. One transaction prices nothing new but writes everything the checkout
 * owns: what each item's sellable reserves (pending subscriptions, add-on purchases, plugins' stock), the invoice with its gap-free number, and a
 * pending Payment. After commit the provider is called (no locks held) and its answer recorded; a
 * success fulfils the invoice in that transaction. A zero total is fulfilled inside the first
 * transaction, with no provider call — except a trial that renews automatically, which saves a
 * payment method first (see trial-collection.ts). Everything runs once per Idempotency-Key: a retry gets the
 * stored result, and nothing after the first commit throws (see executePayment), so a committed
 * invoice is never created twice. The first commit records the invoice on the key: a retry that
 * takes over after the process died resumes that invoice (resume-checkout.ts), never a second one.
 */
export async function checkout(ctx: BillingContext, deps: CheckoutDeps, input: CheckoutInput): Promise<CheckoutResult> {
  const params = { cart: input.cart, provider: input.provider ?? null };
  return withIdempotency(ctx, { scope: "checkout", key: input.idempotencyKey, params, owner: input.userId }, async (attempt) => {
    const resumed = resumableCheckout(attempt.previous);
    if (resumed) return resumeCheckout(ctx, deps, resumed);
    const cart = parseCart(ctx, input.userId, input.cart, deps.enabledPlugins);
    const state = await priceCart(ctx, cart, deps.handlers ?? []);
    const { total } = computeTotals(state.lines);
    // A trial that renews automatically saves a payment method first (provider I/O, before any write).
    const trial = total === 0 && startsTrial(state) ? await planTrialCollection(ctx, deps, state, input.provider, input.idempotencyKey) : null;
    const providerKey = trial
      ? trial.providerKey
      : total > 0
        ? chooseProvider(deps, input.provider, state.customer.country, cart.currency)
        : (input.provider ?? null);

    const written = await ctx.db.$transaction(async (tx) => {
      const purchases = await createCheckoutPurchases(tx, ctx, state, providerKey, {
        collectionMethod: trial?.collectionMethod ?? "charge_automatically",
        awaitingPaymentMethod: trial?.setup?.result.status === "requires_action",
      });
      const { header, subscriptionIds } = purchases;
      const invoice = await createInvoiceFromState(tx, ctx, purchases.state, {
        billingReason: header ? "subscription_create" : "checkout",
        subscriptionId: header?.subscriptionId ?? null,
        collectionMethod: "charge_automatically",
        provider: providerKey,
        periodStart: header?.periodStart ?? null,
        periodEnd: header?.periodEnd ?? null,
        fulfilIfZero: false,
        reservedPositions: purchases.reserved,
      });
      await purchases.attachInvoice(invoice.id);
      await attempt.record(tx, { invoiceId: invoice.id });
      if (invoice.total === 0) {
        const setup = trial?.setup ? await recordSetup(tx, ctx, invoice, providerKey!, trial.setup, subscriptionIds) : null;
        // A setup still waiting for the customer leaves the zero invoice open: confirming it pays it.
        if (!setup || setup.status === "succeeded") await fulfilInvoice(tx, ctx, invoice.id);
        return { invoice, payment: null, setup, subscriptionIds };
      }
      const payment = await createPaymentRow(tx, ctx, invoice, providerKey!, { offSession: false, savePaymentMethod: subscriptionIds.length > 0 });
      return { invoice, payment, setup: null, subscriptionIds };
    }, TX_OPTIONS);

    const { invoice, payment, setup, subscriptionIds } = written;
    const base = { invoiceId: invoice.id, invoiceNumber: invoice.number!, total: invoice.total, currency: invoice.currency, subscriptionIds };
    if (setup?.status === "requires_action") {
      return { ...base, status: "requires_action", invoiceStatus: "open", paymentId: setup.id, nextActionUrl: setup.nextActionUrl, failureCode: null };
    }
    if (!payment) return { ...base, status: "paid", invoiceStatus: "paid", paymentId: setup?.id ?? null, nextActionUrl: null, failureCode: null };
    const outcome = await executePayment(ctx, deps, payment.id, { ...payment, invoice });
    return {
      ...base,
      status: outcome.status,
      invoiceStatus: outcome.invoiceStatus,
      paymentId: payment.id,
      nextActionUrl: outcome.nextActionUrl,
      failureCode: outcome.failureCode,
    };
  });
}

function chooseProvider(deps: CheckoutDeps, requested: string | null | undefined, country: string | null, currency: string): string {
  const offered = deps.providers.forCheckout(country, currency);
  if (!requested) {
    throw new DomainError("PROVIDER_REQUIRED", `Choose a payment provider: ${offered.map((p) => p.key).join(", ") || "none is available"} (field: provider).`);
  }
  if (!offered.some((provider) => provider.key === requested)) {
    throw new DomainError("PROVIDER_UNAVAILABLE", `Payment provider "${requested}" is not available for this country and currency (field: provider).`);
  }
  return requested;
}
