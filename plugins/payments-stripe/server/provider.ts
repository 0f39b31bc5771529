import Stripe from "stripe";
import type { CreatePaymentInput, PaymentProvider, ProviderPaymentResult } from "@tillbox/plugin-sdk";
import { createStripeClient } from "./client";
import { stripeWebhookSecret } from "./env";
import { mapCheckoutSession, mapPaymentIntent, mapRefundStatus, META } from "./map";
import { STRIPE_PROVIDER_KEY } from "./settings";
import { createStripeSetups } from "./setup";
import { parseStripeWebhook } from "./webhook";

const SESSION_EXPAND = ["payment_intent", "payment_intent.payment_method"];
const isSession = (id: string) => id.startsWith("cs_");

function metadataOf(input: CreatePaymentInput) {
  return { [META.tenant]: input.tenantId, [META.payment]: input.paymentId, [META.invoice]: input.invoiceId };
}

/** A saved card charged with the PaymentIntent API (renewals off-session, or a returning customer). */
async function chargeSavedMethod(stripe: Stripe, input: CreatePaymentInput): Promise<ProviderPaymentResult> {
  const method = input.savedMethod!;
  try {
    const intent = await stripe.paymentIntents.create(
      {
        amount: input.amount,
        currency: input.currency.toLowerCase(),
        customer: method.providerCustomerId ?? undefined,
        payment_method: method.providerMethodId,
        description: input.description,
        metadata: metadataOf(input),
        confirm: true,
        ...(input.offSession ? { off_session: true } : { return_url: input.returnUrl }),
        expand: ["payment_method"],
      },
      { idempotencyKey: input.idempotencyKey },
    );
    return mapPaymentIntent(intent);
  } catch (error) {
    // Declines and off-session SCA come back as card errors carrying the PaymentIntent.
    if (!(error instanceof Stripe.errors.StripeCardError) || !error.payment_intent) throw error;
    const authentication = error.code === "authentication_required";
    return {
      providerPaymentId: error.payment_intent.id,
      status: authentication ? "requires_action" : "failed",
      amountCaptured: 0,
      currency: input.currency.toUpperCase(),
      nextActionUrl: null,
      failureCode: authentication ? "authentication_required" : (error.decline_code ?? error.code ?? "card_declined"),
      failureMessage: error.message,
    };
  }
}

/** A hosted Checkout Session: the customer pays on Stripe's page (SCA included) and returns. */
async function startCheckoutSession(stripe: Stripe, input: CreatePaymentInput): Promise<ProviderPaymentResult> {
  const metadata = metadataOf(input);
  const session = await stripe.checkout.sessions.create(
    {
      mode: "payment",
      line_items: [
        { quantity: 1, price_data: { currency: input.currency.toLowerCase(), unit_amount: input.amount, product_data: { name: input.description } } },
      ],
      success_url: input.returnUrl,
      cancel_url: input.returnUrl,
      client_reference_id: input.paymentId,
      customer_email: input.customer.email ?? undefined,
      // Renewals need a Customer to charge the saved card off-session later.
      ...(input.savePaymentMethod ? { customer_creation: "always" as const } : {}),
      metadata,
      payment_intent_data: {
        description: input.description,
        // Marks intents owned by a session, so their webhooks are not read as separate payments.
        metadata: { ...metadata, [META.source]: "checkout_session" },
        ...(input.savePaymentMethod ? { setup_future_usage: "off_session" as const } : {}),
      },
    },
    { idempotencyKey: input.idempotencyKey },
  );
  return mapCheckoutSession(session);
}

/** Stripe through its official SDK. Keys from env (STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET). */
export function createStripeProvider(options: { stripe?: Stripe } = {}): PaymentProvider {
  let client = options.stripe;
  // Built on first use so a missing key fails the call that needs it, naming the variable.
  const stripe = () => (client ??= createStripeClient());

  async function retrieve(providerPaymentId: string): Promise<ProviderPaymentResult> {
    if (isSession(providerPaymentId)) {
      return mapCheckoutSession(await stripe().checkout.sessions.retrieve(providerPaymentId, { expand: SESSION_EXPAND }));
    }
    return mapPaymentIntent(await stripe().paymentIntents.retrieve(providerPaymentId, { expand: ["payment_method"] }));
  }

  return {
    key: STRIPE_PROVIDER_KEY,
    displayName: "Card (Stripe)",
    supportsSavedMethods: true,
    createPayment: (input) => (input.savedMethod ? chargeSavedMethod(stripe(), input) : startCheckoutSession(stripe(), input)),
    ...createStripeSetups(stripe),

    /** Sessions and automatic intents need no capture: this reads the truth. An authorised intent is captured. */
    async capturePayment({ providerPaymentId, idempotencyKey }) {
      if (!isSession(providerPaymentId)) {
        const intent = await stripe().paymentIntents.retrieve(providerPaymentId);
        if (intent.status === "requires_capture") {
          return mapPaymentIntent(await stripe().paymentIntents.capture(providerPaymentId, { expand: ["payment_method"] }, { idempotencyKey }));
        }
      }
      return retrieve(providerPaymentId);
    },
    retrievePayment: retrieve,

    async refund(input) {
      let intentId = input.providerPaymentId;
      if (isSession(intentId)) {
        const session = await stripe().checkout.sessions.retrieve(intentId);
        const paid = typeof session.payment_intent === "string" ? session.payment_intent : session.payment_intent?.id;
        if (!paid) throw new Error(`Checkout Session ${intentId} has no payment to refund.`);
        intentId = paid;
      }
      const refund = await stripe().refunds.create(
        { payment_intent: intentId, amount: input.amount, ...(input.reason ? { metadata: { tillbox_reason: input.reason.slice(0, 500) } } : {}) },
        { idempotencyKey: input.idempotencyKey },
      );
      return { providerRefundId: refund.id, status: mapRefundStatus(refund.status) };
    },
    /** Card refunds are often pending first; refund.updated / refund.failed webhooks make core read the outcome here. */
    async retrieveRefund(providerRefundId) {
      const refund = await stripe().refunds.retrieve(providerRefundId);
      return { providerRefundId: refund.id, status: mapRefundStatus(refund.status) };
    },

    async parseWebhook(request) {
      return parseStripeWebhook(stripe(), stripeWebhookSecret(), request);
    },
  };
}
