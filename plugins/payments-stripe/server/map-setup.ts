import type Stripe from "stripe";
import type { ProviderSetupResult, SavedMethodDetails } from "@tillbox/plugin-sdk";

const idOf = (value: string | { id: string } | null | undefined) => (typeof value === "string" ? value : (value?.id ?? null));

function savedMethodOf(intent: Stripe.SetupIntent): SavedMethodDetails | null {
  if (intent.status !== "succeeded" || !intent.payment_method) return null;
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

/** A SetupIntent onto the contract: requires_payment_method after a failed attempt is "failed". */
export function mapSetupIntent(intent: Stripe.SetupIntent, providerSetupId = intent.id): ProviderSetupResult {
  const error = intent.last_setup_error;
  switch (intent.status) {
    case "succeeded":
      return { providerSetupId, status: "succeeded", savedMethod: savedMethodOf(intent), nextActionUrl: null };
    case "requires_payment_method":
      return error
        ? { providerSetupId, status: "failed", failureCode: error.decline_code ?? error.code ?? "setup_failed", failureMessage: error.message ?? null }
        : { providerSetupId, status: "requires_action", nextActionUrl: null };
    case "canceled":
      return { providerSetupId, status: "failed", failureCode: intent.cancellation_reason ?? "canceled" };
    default:
      // requires_action / requires_confirmation / processing: the customer (or the bank) still has to act.
      return { providerSetupId, status: "requires_action", nextActionUrl: intent.next_action?.redirect_to_url?.url ?? null };
  }
}

/** A setup-mode Checkout Session (expanded setup_intent): our setup id is the session id. */
export function mapSetupSession(session: Stripe.Checkout.Session): ProviderSetupResult {
  if (session.status === "expired") return { providerSetupId: session.id, status: "failed", failureCode: "expired", failureMessage: "The setup page expired." };
  const intent = typeof session.setup_intent === "object" ? session.setup_intent : null;
  if (session.status === "open" || !intent) return { providerSetupId: session.id, status: "requires_action", nextActionUrl: session.url };
  return mapSetupIntent(intent, session.id);
}
