import Stripe from "stripe";
import type { ProviderSetupResult, SetupPaymentMethodInput } from "@tillbox/plugin-sdk";
import { META } from "./map";
import { mapSetupIntent, mapSetupSession } from "./map-setup";

const SESSION_EXPAND = ["setup_intent", "setup_intent.payment_method"];

/**
 * Saving a card without charging it (trials), with Stripe's SetupIntents. A customer with a saved
 * card: a SetupIntent confirmed with it at once (on-session, so 3-D Secure may still be asked).
 * Otherwise: a Customer, then a Checkout Session in setup mode where the customer enters the card;
 * confirmSetup reads the session (and its SetupIntent) back after the return, retrieveSetup the
 * same when a webhook names the setup (the customer may never return).
 */
export function createStripeSetups(stripe: () => Stripe) {
  async function withSavedMethod(input: SetupPaymentMethodInput): Promise<ProviderSetupResult> {
    const method = input.savedMethod!;
    try {
      const intent = await stripe().setupIntents.create(
        {
          customer: method.providerCustomerId ?? undefined,
          payment_method: method.providerMethodId,
          confirm: true,
          usage: "off_session",
          return_url: input.returnUrl || undefined,
          metadata: { [META.tenant]: input.tenantId, [META.payment]: input.reference },
          expand: ["payment_method"],
        },
        { idempotencyKey: input.idempotencyKey },
      );
      return mapSetupIntent(intent);
    } catch (error) {
      // A declined card comes back as a card error carrying the SetupIntent.
      if (!(error instanceof Stripe.errors.StripeCardError) || !error.setup_intent) throw error;
      return {
        providerSetupId: error.setup_intent.id,
        status: "failed",
        failureCode: error.decline_code ?? error.code ?? "card_declined",
        failureMessage: error.message,
      };
    }
  }

  async function withHostedPage(input: SetupPaymentMethodInput): Promise<ProviderSetupResult> {
    const metadata = { [META.tenant]: input.tenantId, [META.payment]: input.reference };
    // Setup mode attaches the card to a Customer only if the session names one.
    const customer = await stripe().customers.create(
      {
        email: input.customer.email ?? undefined,
        name: input.customer.name ?? undefined,
        metadata: { tillbox_user_id: input.customer.userId, [META.tenant]: input.tenantId },
      },
      { idempotencyKey: `${input.idempotencyKey}:customer` },
    );
    const session = await stripe().checkout.sessions.create(
      {
        mode: "setup",
        customer: customer.id,
        allowed_payment_method_types: ["card"],
        success_url: input.returnUrl,
        cancel_url: input.returnUrl,
        // The marker: this SetupIntent's webhooks are not read as a setup of their own (the session's events report it).
        client_reference_id: input.reference,
        metadata,
        setup_intent_data: { metadata: { ...metadata, [META.source]: "checkout_session" } },
      },
      { idempotencyKey: input.idempotencyKey },
    );
    return mapSetupSession(session);
  }

  /** The truth: the session (setup mode) with its SetupIntent, or the SetupIntent itself. */
  async function retrieveSetup(providerSetupId: string): Promise<ProviderSetupResult> {
    if (providerSetupId.startsWith("cs_")) return mapSetupSession(await stripe().checkout.sessions.retrieve(providerSetupId, { expand: SESSION_EXPAND }));
    return mapSetupIntent(await stripe().setupIntents.retrieve(providerSetupId, { expand: ["payment_method"] }));
  }

  return {
    setupPaymentMethod: (input: SetupPaymentMethodInput) => (input.savedMethod ? withSavedMethod(input) : withHostedPage(input)),

    /** Nothing to capture for a setup: confirming reads the truth. */
    confirmSetup: ({ providerSetupId }: { providerSetupId: string }) => retrieveSetup(providerSetupId),
    /** Read when a webhook names the setup (checkout.session.* in setup mode, setup_intent.*). */
    retrieveSetup,
  };
}
