import { randomUUID } from "node:crypto";
import { DomainError } from "../../errors";
import type { BillingContext } from "../context";
import type { PaymentProviders } from "../payments/provider-registry";
import type { ProviderSetupResult } from "../payments/provider-contract";
import { sellableRegistry } from "../sellables/registry";
import type { CheckoutState } from "./line-items";

export interface TrialCollection {
  providerKey: string | null;
  /** How the subscription pays after the trial. */
  collectionMethod: "charge_automatically" | "send_invoice";
  /** The provider's answer to saving a method, and our id for it (the zero-amount Payment row). */
  setup: { paymentId: string; result: ProviderSetupResult } | null;
}

/** An item whose sellable starts a trial (a recurring plan with trial days): the checkout starts a trial. */
export function startsTrial(state: CheckoutState): boolean {
  return state.cart.items.some((item) => sellableRegistry.get(item.kind)?.startsTrial?.(state, item) ?? false);
}

/**
 * How a zero-total checkout that starts a trial collects later, decided BEFORE anything is
 * written (as Stripe Checkout in subscription mode: no saved method, no subscription):
 * - a provider that can save a method without charging (setupPaymentMethod) saves one now.
 *   succeeded → the trial starts with that method; requires_action → the customer finishes it at
 *   nextActionUrl and the capture procedure confirms it; failed → the checkout fails, nothing written;
 * - a provider that can't (manual bank transfer, PayPal), or no provider: the trial starts with
 *   collection send_invoice, so its first invoice is emailed for payment when the trial ends.
 */
export async function planTrialCollection(
  ctx: BillingContext,
  deps: { providers: PaymentProviders; returnUrl?: string },
  state: CheckoutState,
  requested: string | null | undefined,
  idempotencyKey: string,
): Promise<TrialCollection> {
  if (!requested) return { providerKey: null, collectionMethod: "send_invoice", setup: null };
  const offered = deps.providers.forCheckout(state.customer.country, state.cart.currency);
  const provider = offered.find((candidate) => candidate.key === requested);
  if (!provider) {
    throw new DomainError("PROVIDER_UNAVAILABLE", `Payment provider "${requested}" is not available for this country and currency (field: provider).`);
  }
  if (!provider.supportsSavedMethods || !provider.setupPaymentMethod) return { providerKey: provider.key, collectionMethod: "send_invoice", setup: null };

  const paymentId = randomUUID();
  const current = await ctx.db.paymentMethod.findFirst({
    where: { tenantId: ctx.tenantId, userId: state.cart.userId, provider: provider.key },
    orderBy: [{ isDefault: "desc" }, { createdAt: "desc" }],
  });
  let result: ProviderSetupResult;
  try {
    result = await provider.setupPaymentMethod({
      tenantId: ctx.tenantId,
      reference: paymentId,
      returnUrl: deps.returnUrl ?? "",
      customer: { userId: state.cart.userId, email: state.customer.email, name: state.customer.name, country: state.customer.country },
      // Scoped by tenant and customer: two customers' Idempotency-Keys never meet at the provider.
      idempotencyKey: `setup:${ctx.tenantId}:${state.cart.userId}:${idempotencyKey}`,
      savedMethod: current ? { providerMethodId: current.providerMethodId, providerCustomerId: current.providerCustomerId } : undefined,
    });
  } catch (error) {
    result = {
      providerSetupId: "",
      status: "failed",
      failureCode: "provider_error",
      failureMessage: error instanceof Error ? error.message.slice(0, 300) : null,
    };
  }
  if (result.status === "failed" || (result.status === "succeeded" && !result.savedMethod) || !result.providerSetupId) {
    const why = result.failureMessage ?? result.failureCode ?? "the provider did not save it";
    throw new DomainError(
      "PAYMENT_METHOD_SETUP_FAILED",
      `This trial renews automatically, so it needs a payment method, and saving it failed: ${why} (field: provider).`,
      "PRECONDITION_FAILED",
    );
  }
  return { providerKey: provider.key, collectionMethod: "charge_automatically", setup: { paymentId, result } };
}
