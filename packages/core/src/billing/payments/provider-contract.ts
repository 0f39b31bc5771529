/**
 * The one contract every payment provider plugin implements. Checkout, renewals and refunds talk
 * to this interface only; they never branch on which provider it is. Amounts are integer minor
 * units. Secrets come from env inside the plugin, never from settings.
 */

export type ProviderPaymentStatus = "pending" | "requires_action" | "succeeded" | "failed" | "canceled";

export interface ProviderCustomer {
  userId: string;
  email: string | null;
  name: string | null;
  country: string | null;
}

export interface SavedMethodRef {
  providerMethodId: string;
  providerCustomerId: string | null;
}

export interface SavedMethodDetails extends SavedMethodRef {
  brand: string | null;
  last4: string | null;
  expMonth: number | null;
  expYear: number | null;
}

export interface CreatePaymentInput {
  tenantId: string;
  /** Our Payment row id: providers store it as metadata so webhooks can be matched back. */
  paymentId: string;
  invoiceId: string;
  amount: number;
  currency: string;
  description: string;
  customer: ProviderCustomer;
  /** Where a hosted page or 3-D Secure sends the customer back to. */
  returnUrl: string;
  /** Keep the method for renewals (subscriptions). */
  savePaymentMethod: boolean;
  /** Charge a saved method without the customer present (renewals, dunning retries). */
  savedMethod?: SavedMethodRef;
  offSession: boolean;
  /** Forwarded to the provider so a retried call never charges twice. */
  idempotencyKey: string;
}

export interface ProviderPaymentResult {
  providerPaymentId: string;
  status: ProviderPaymentStatus;
  /** The amount the provider says it captured (reconciliation compares it with ours). */
  amountCaptured?: number;
  currency?: string;
  /** Hosted checkout or SCA challenge the customer must visit. */
  nextActionUrl?: string | null;
  failureCode?: string | null;
  failureMessage?: string | null;
  savedMethod?: SavedMethodDetails | null;
}

export interface RefundInput {
  providerPaymentId: string;
  amount: number;
  currency: string;
  reason?: string;
  idempotencyKey: string;
}

export interface ProviderRefundResult {
  providerRefundId: string;
  status: "pending" | "succeeded" | "failed";
}

/** A provider webhook, verified and normalised. Core re-reads the payment from the provider before acting. */
export interface ProviderWebhookEvent {
  /** The provider's event id: webhooks are deduplicated on (provider, id). */
  id: string;
  type: "payment.updated" | "refund.updated" | "ignored";
  providerPaymentId?: string;
  providerRefundId?: string;
  /** Our tenant, if the provider echoes the metadata we sent. */
  tenantId?: string;
}

/** Thrown by handleWebhook when the signature is missing, wrong or outside the tolerance. */
export class WebhookVerificationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WebhookVerificationError";
  }
}

export interface PaymentProvider {
  /** Equals the plugin's provider key, used in `/api/webhooks/<key>` and stored on payments. */
  key: string;
  displayName: string;
  supportsSavedMethods: boolean;
  /** Start a payment. Providers that capture immediately answer "succeeded". */
  createPayment(input: CreatePaymentInput): Promise<ProviderPaymentResult>;
  /** Finish a payment after the customer acted (SCA, hosted page return), or capture an authorisation. */
  capturePayment(input: { providerPaymentId: string; idempotencyKey: string }): Promise<ProviderPaymentResult>;
  /** The provider's truth about a payment: webhooks and returns are reconciled against it. */
  retrievePayment(providerPaymentId: string): Promise<ProviderPaymentResult>;
  refund(input: RefundInput): Promise<ProviderRefundResult>;
  /** Verify (throw WebhookVerificationError) and normalise an inbound webhook. */
  parseWebhook(request: { headers: Headers; rawBody: string }): Promise<ProviderWebhookEvent>;
  /** Text printed on the invoice (bank transfer instructions), if any. */
  invoiceInstructions?(input: { invoiceNumber: string; amount: number; currency: string }): string | null;
}

/** What a provider plugin declares in definePlugin({ paymentProvider }). */
export interface PaymentProviderRegistration {
  key: string;
  /** Built per request from the plugin's validated settings; env secrets are read inside. */
  create(settings: Record<string, unknown>): PaymentProvider;
  /** Refuse to enable (e.g. the sandbox in production). Returns a reason, or null when fine. */
  refuseEnable?(env: { nodeEnv: string }): string | null;
}

/** Settings every provider plugin carries so operators can limit it by market. Empty = everywhere. */
export interface ProviderAvailability {
  countries: string[];
  currencies: string[];
}
