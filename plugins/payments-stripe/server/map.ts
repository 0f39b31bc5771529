import type Stripe from "stripe";
import type { ProviderPaymentResult, SavedMethodDetails } from "@tillbox/plugin-sdk";

/** Metadata keys we put on Stripe objects so webhooks and the dashboard lead back to our rows. */
export const META = { tenant: "tillbox_tenant_id", payment: "tillbox_payment_id", invoice: "tillbox_invoice_id", source: "tillbox_source" } as const;

const idOf = (value: string | { id: string } | null | undefined) => (typeof value === "string" ? value : (value?.id ?? null));

/** The card kept for renewals, when the payment was made with setup_future_usage. */
function savedMethodOf(intent: Stripe.PaymentIntent | null): SavedMethodDetails | null {
  if (!intent?.setup_future_usage || !intent.payment_method) return null;
  const method = typeof intent.payment_method === "string" ? null : intent.payment_method;
  return {
    providerMethodId: idOf(intent.payment_method)!,
    providerCustomerId: idOf(intent.customer),
    brand: method?.card?.brand ?? null,
    last4: method?.card?.last4 ?? null,
    expMonth: method?.card?.exp_month ?? null,
    expYear: method?.card?.exp_year ?? null,
  };
}

/**
 * Stripe's PaymentIntent states onto the contract: requires_payment_method after a failed
 * attempt is "failed" (the attempt failed; a retry creates a new payment), before any attempt
 * the customer still has to act.
 */
export function mapPaymentIntent(intent: Stripe.PaymentIntent): ProviderPaymentResult {
  const base = {
    providerPaymentId: intent.id,
    currency: intent.currency.toUpperCase(),
    amountCaptured: intent.amount_received,
    savedMethod: savedMethodOf(intent),
  };
  const error = intent.last_payment_error;
  switch (intent.status) {
    case "succeeded":
      return { ...base, status: "succeeded", nextActionUrl: null };
    case "processing":
    case "requires_capture":
      return { ...base, status: "pending", nextActionUrl: null };
    case "requires_action":
    case "requires_confirmation":
      return { ...base, status: "requires_action", nextActionUrl: intent.next_action?.redirect_to_url?.url ?? null };
    case "canceled":
      return { ...base, status: "canceled", nextActionUrl: null, failureCode: intent.cancellation_reason ?? null };
    case "requires_payment_method":
      return error
        ? {
            ...base,
            status: "failed",
            nextActionUrl: null,
            failureCode: error.decline_code ?? error.code ?? "payment_failed",
            failureMessage: error.message ?? null,
          }
        : { ...base, status: "requires_action", nextActionUrl: null };
    default:
      return { ...base, status: "pending", nextActionUrl: null };
  }
}

/** A Checkout Session (expanded payment_intent) as one payment: our id is the session id. */
export function mapCheckoutSession(session: Stripe.Checkout.Session): ProviderPaymentResult {
  const intent = typeof session.payment_intent === "object" ? session.payment_intent : null;
  const base = { providerPaymentId: session.id, currency: session.currency?.toUpperCase(), savedMethod: savedMethodOf(intent) };
  if (session.status === "expired") return { ...base, status: "canceled", amountCaptured: 0, nextActionUrl: null, failureCode: "expired" };
  if (session.status === "open") return { ...base, status: "requires_action", amountCaptured: 0, nextActionUrl: session.url };
  if (session.payment_status === "paid" || session.payment_status === "no_payment_required") {
    return { ...base, status: "succeeded", amountCaptured: intent?.amount_received ?? session.amount_total ?? 0, nextActionUrl: null };
  }
  // Complete but unpaid: a delayed method (SEPA debit, …) is still processing, or it failed.
  if (intent) return { ...mapPaymentIntent(intent), providerPaymentId: session.id };
  return { ...base, status: "pending", amountCaptured: 0, nextActionUrl: null };
}

/** requires_action (some bank refunds) is still pending; canceled counts as failed (the money never went back). */
export function mapRefundStatus(status: string | null): "pending" | "succeeded" | "failed" {
  if (status === "succeeded") return "succeeded";
  if (status === "failed" || status === "canceled") return "failed";
  return "pending";
}
