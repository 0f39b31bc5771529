import type { DbOrTx } from "@tillbox/db";

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
  /** failed also covers a refund the provider canceled. pending refunds settle later (refund.updated webhooks). */
  status: "pending" | "succeeded" | "failed";
}

/** Save a method for later off-session charges without charging now (Stripe's SetupIntent): trials. */
export interface SetupPaymentMethodInput {
  tenantId: string;
  customer: ProviderCustomer;
  /** Where a hosted page or 3-D Secure sends the customer back to. */
  returnUrl: string;
  /** Forwarded to the provider so a retried call never creates a second setup. */
  idempotencyKey: string;
  /** Our id for the setup (the zero-amount Payment row that records it): providers store it as metadata. */
  reference: string;
  /** The customer's current method at this provider, if any: a provider may verify and reuse it without a page. */
  savedMethod?: SavedMethodRef;
}

export interface ProviderSetupResult {
  providerSetupId: string;
  /** requires_action: the customer must visit nextActionUrl (card form, 3-D Secure), then confirmSetup reads the outcome. */
  status: "succeeded" | "requires_action" | "failed";
  savedMethod?: SavedMethodDetails | null;
  nextActionUrl?: string | null;
  failureCode?: string | null;
  failureMessage?: string | null;
}

/**
 * A provider webhook, verified and normalised. Core re-reads the payment from the provider before acting.
 * payment.updated also names setups (providerPaymentId = the setup id core stored): core tells them
 * apart by its own Payment row, never by the body.
 */
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
  /**
   * The provider's truth about a refund, read when a refund.updated webhook arrives. Providers whose
   * refunds can stay pending implement it; without it such webhooks are recorded and ignored.
   */
  retrieveRefund?(providerRefundId: string): Promise<ProviderRefundResult>;
  /** Verify (throw WebhookVerificationError) and normalise an inbound webhook. */
  parseWebhook(request: { headers: Headers; rawBody: string }): Promise<ProviderWebhookEvent>;
  /**
   * Save a method without charging (trials that renew automatically). Providers without it can't
   * start a charge_automatically trial: checkout then starts the trial with collection send_invoice.
   * Needs supportsSavedMethods.
   */
  setupPaymentMethod?(input: SetupPaymentMethodInput): Promise<ProviderSetupResult>;
  /** Finish a setup after the customer acted (hosted page, 3-D Secure) and answer the provider's truth about it. Safe to repeat. */
  confirmSetup?(input: { providerSetupId: string; idempotencyKey: string }): Promise<ProviderSetupResult>;
  /**
   * The provider's truth about a setup, read only (confirmSetup may act, e.g. finish a challenge):
   * read when a webhook names a setup, so one completed without the customer's browser returning
   * still settles. Without it such webhooks are recorded and ignored; setups then settle through capture.
   */
  retrieveSetup?(providerSetupId: string): Promise<ProviderSetupResult>;
  /** Text printed on the invoice (bank transfer instructions), if any. */
  invoiceInstructions?(input: { invoiceNumber: string; amount: number; currency: string }): string | null;
}

/** What the host hands a provider besides its settings. */
export interface ProviderHostServices {
  /** The host's database client, for providers that keep their own tables (the sandbox). */
  db: DbOrTx;
}

/** What a provider plugin declares in definePlugin({ paymentProvider }). */
export interface PaymentProviderRegistration {
  key: string;
  /**
   * Built per request from the plugin's validated settings; env secrets are read inside. The host
   * always passes `host` (optional here so providers that need nothing can ignore it).
   */
  create(settings: Record<string, unknown>, host?: ProviderHostServices): PaymentProvider;
  /** Refuse to enable (e.g. the sandbox in production). Returns a reason, or null when fine. The plugin runtime calls it before every enable. */
  refuseEnable?(env: { nodeEnv: string }): string | null;
  /**
   * Why the provider can't take payments right now (e.g. "STRIPE_SECRET_KEY is not set"), or null.
   * The plugin stays enabled; the registry leaves it out of checkout and the plugin's status reports it.
   */
  unavailableReason?(): string | null;
}

/** Settings every provider plugin carries so operators can limit it by market. Empty = everywhere. */
export interface ProviderAvailability {
  countries: string[];
  currencies: string[];
}
