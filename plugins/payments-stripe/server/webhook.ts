import type Stripe from "stripe";
import { WebhookVerificationError, type ProviderWebhookEvent } from "@tillbox/plugin-sdk";
import { META } from "./map";

/** Stripe's default and ours: a signature older (or newer) than this is refused. */
export const STRIPE_TOLERANCE_SECONDS = 300;

const SETUP_OUTCOMES = new Set(["setup_intent.succeeded", "setup_intent.setup_failed", "setup_intent.canceled"]);

type WithMetadata = { id: string; metadata?: Record<string, string> | null };

/**
 * Verifies Stripe-Signature (v1 = HMAC-SHA256 over `${t}.${rawBody}` with the endpoint secret,
 * 300 s tolerance) with the SDK before anything in the body is trusted, then names the object
 * core must re-read: a payment or a setup (Checkout Session or intent, by the id core stored) as
 * payment.updated, a refund as refund.updated. Replays of a valid event are deduplicated by core
 * on the event id.
 */
export function parseStripeWebhook(stripe: Stripe, secret: string, request: { headers: Headers; rawBody: string }): ProviderWebhookEvent {
  const signature = request.headers.get("stripe-signature");
  if (!signature) throw new WebhookVerificationError("Missing Stripe-Signature header.");
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(request.rawBody, signature, secret, STRIPE_TOLERANCE_SECONDS);
  } catch (error) {
    throw new WebhookVerificationError(error instanceof Error ? error.message : "Invalid Stripe signature.");
  }
  const object = event.data.object as unknown as WithMetadata & { payment_intent?: string | { id: string } | null };
  const tenantId = object.metadata?.[META.tenant] || undefined;
  if (event.type.startsWith("checkout.session.")) {
    return { id: event.id, type: "payment.updated", providerPaymentId: object.id, tenantId };
  }
  if (event.type.startsWith("payment_intent.")) {
    // Intents of a Checkout Session are reported through the session's own events.
    if (object.metadata?.[META.source] === "checkout_session") return { id: event.id, type: "ignored" };
    return { id: event.id, type: "payment.updated", providerPaymentId: object.id, tenantId };
  }
  // A trial's card saved with a SetupIntent of its own (a customer's saved card re-verified):
  // final outcomes name it, core re-reads it. A setup-mode session's intent is reported by the
  // session's events (checkout.session.completed / .expired name the session, our setup id).
  if (SETUP_OUTCOMES.has(event.type)) {
    if (object.metadata?.[META.source] === "checkout_session") return { id: event.id, type: "ignored" };
    return { id: event.id, type: "payment.updated", providerPaymentId: object.id, tenantId };
  }
  // refund.created / refund.updated / refund.failed and charge.refund.updated all carry the Refund: core re-reads it.
  if (event.type.startsWith("refund.") || event.type.startsWith("charge.refund.")) {
    const intent = typeof object.payment_intent === "string" ? object.payment_intent : object.payment_intent?.id;
    return { id: event.id, type: "refund.updated", providerRefundId: object.id, providerPaymentId: intent ?? undefined, tenantId };
  }
  return { id: event.id, type: "ignored" };
}
