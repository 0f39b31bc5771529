import { DomainError } from "../../errors";
import type { CheckoutResult } from "../checkout/checkout";
import type { BillingContext } from "../context";
import { withIdempotency } from "../idempotency";
import { customerSnapshot } from "../invoices/party-snapshots";
import { subscriptionIdsOf } from "./apply-provider-result";
import { createPaymentRow, executePayment, type PaymentDeps } from "./charge-invoice";
import { lockInvoice } from "./fulfil-invoice";
import { liveAttempts, reconcileLiveAttempts, resumeOrSupersede } from "./live-attempts";

// Where it plugs in: billing.invoices.pay (packages/api/src/routers/billing/invoices-router.ts), REST POST /invoices/{invoiceId}/pay.

export interface PayInvoiceInput {
  /** The signed-in customer: only their own invoices can be paid here (another user's is "not found"). */
  userId: string;
  invoiceId: string;
  /** A provider key from the ones offered for the customer's country and the invoice's currency. */
  provider: string;
  /** Keep the method for renewals; default: when the invoice belongs to a subscription (as checkout does). */
  savePaymentMethod?: boolean;
  idempotencyKey: string;
}

/** Checkout's outcome shape, so clients handle both alike (status, nextActionUrl, paymentId → capture). */
export type PayInvoiceResult = CheckoutResult;

/** open and uncollectible invoices can be paid (as in Stripe: a written-off invoice still accepts money). */
const PAYABLE = new Set(["open", "uncollectible"]);

/**
 * The customer pays one of their open invoices on-session (Stripe's hosted invoice page): a failed or
 * abandoned checkout payment, a renewal sent for manual payment, a dunning past_due invoice. Live
 * attempts are reconciled with their provider first, then, under the invoice lock, a still live
 * attempt is handed back or refused (live-attempts.ts: one invoice is never charged twice) or a new
 * Payment is written; the provider is called after commit and a success fulfils the invoice through
 * fulfilInvoice (a past_due subscription becomes active). Runs once per Idempotency-Key (scope
 * pay_invoice); nothing after the Payment's commit throws (executePayment).
 */
export async function payInvoice(ctx: BillingContext, deps: PaymentDeps, input: PayInvoiceInput): Promise<PayInvoiceResult> {
  const params = { invoiceId: input.invoiceId, provider: input.provider, savePaymentMethod: input.savePaymentMethod ?? null };
  return withIdempotency(ctx, { scope: "pay_invoice", key: input.idempotencyKey, params, owner: input.userId }, async () => {
    const invoice = await ctx.db.invoice.findFirst({
      where: { id: input.invoiceId, tenantId: ctx.tenantId, userId: input.userId },
      include: { lines: { select: { refs: true } } },
    });
    if (!invoice) throw new DomainError("INVOICE_NOT_FOUND", "No such invoice (field: invoiceId).", "NOT_FOUND");
    assertPayable(invoice);
    const customer = await customerSnapshot(ctx.db, ctx.tenantId, input.userId);
    const offered = deps.providers.forCheckout(customer.country, invoice.currency);
    if (!offered.some((provider) => provider.key === input.provider)) {
      throw new DomainError("PROVIDER_UNAVAILABLE", `Payment provider "${input.provider}" is not available for this country and currency (field: provider).`);
    }

    await reconcileLiveAttempts(ctx, deps, invoice.id);
    const written = await ctx.db.$transaction(
      async (tx) => {
        const locked = await lockInvoice(tx, ctx.tenantId, invoice.id);
        // Reconciliation may have paid it (the customer finished the earlier attempt meanwhile).
        if (locked.status === "paid") return { invoice: locked, payment: null, resumed: null };
        assertPayable(locked);
        const resumed = await resumeOrSupersede(tx, ctx, deps.providers, await liveAttempts(tx, ctx, locked.id), input.provider);
        if (resumed) return { invoice: locked, payment: null, resumed };
        const request = { offSession: false, savePaymentMethod: input.savePaymentMethod ?? subscriptionIdsOf(invoice).length > 0 };
        return { invoice: locked, payment: await createPaymentRow(tx, ctx, locked, input.provider, request), resumed: null };
      },
      { maxWait: 15_000, timeout: 30_000 },
    );

    const subscriptionIds = subscriptionIdsOf(invoice);
    const base = { invoiceId: invoice.id, invoiceNumber: invoice.number ?? "", total: invoice.total, currency: invoice.currency, subscriptionIds };
    if (written.resumed) {
      const { resumed } = written;
      const status = resumed.status === "requires_action" ? "requires_action" : "pending";
      return { ...base, status, invoiceStatus: written.invoice.status, paymentId: resumed.id, nextActionUrl: resumed.nextActionUrl, failureCode: null };
    }
    if (!written.payment) {
      const settled = await ctx.db.payment.findFirst({
        where: { tenantId: ctx.tenantId, invoiceId: invoice.id, status: "succeeded" },
        orderBy: { createdAt: "desc" },
      });
      return { ...base, status: "paid", invoiceStatus: "paid", paymentId: settled?.id ?? null, nextActionUrl: null, failureCode: null };
    }
    const outcome = await executePayment(ctx, deps, written.payment.id);
    return {
      ...base,
      status: outcome.status,
      invoiceStatus: outcome.invoiceStatus,
      paymentId: written.payment.id,
      nextActionUrl: outcome.nextActionUrl,
      failureCode: outcome.failureCode,
    };
  });
}

function assertPayable(invoice: { status: string; number: string | null; total: number; amountPaid: number }): void {
  const name = invoice.number ?? "This invoice";
  if (invoice.status === "paid") throw new DomainError("INVOICE_ALREADY_PAID", `${name} is already paid (field: invoiceId).`, "CONFLICT");
  if (!PAYABLE.has(invoice.status)) {
    throw new DomainError(
      "INVOICE_NOT_PAYABLE",
      `${name} is ${invoice.status}; only open or uncollectible invoices can be paid (field: invoiceId).`,
      "CONFLICT",
    );
  }
  // A zero open invoice waits for a trial's payment method confirmation (billing.payments.capture), not for money.
  if (invoice.total - invoice.amountPaid <= 0) {
    throw new DomainError("INVOICE_NOTHING_DUE", `${name} has nothing left to pay; confirm its payment method instead (field: invoiceId).`, "CONFLICT");
  }
}
