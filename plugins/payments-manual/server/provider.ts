import { WebhookVerificationError, type PaymentProvider } from "@tillbox/plugin-sdk";
import { formatMinorUnits } from "./money";
import { formatIban, MANUAL_PROVIDER_KEY, manualSettingsSchema, type ManualSettings } from "./settings";

/** Without an account holder and IBAN there is nothing to transfer to: refuse rather than print half. */
function assertConfigured(settings: ManualSettings): void {
  if (!settings.accountHolder.trim() || !settings.iban.trim()) {
    throw new Error("Bank transfer is not configured: set accountHolder and iban in the payments-manual plugin settings.");
  }
}

/** The transfer instructions printed on an invoice; the invoice number is the payment reference. */
export function transferInstructions(settings: ManualSettings, input: { invoiceNumber: string; amount: number; currency: string }): string | null {
  if (!settings.accountHolder.trim() || !settings.iban.trim()) return null;
  const lines = [
    `Please transfer ${input.currency.toUpperCase()} ${formatMinorUnits(input.amount, input.currency)}${settings.paymentTermDays > 0 ? ` within ${settings.paymentTermDays} days` : ""} to:`,
    `Account holder: ${settings.accountHolder.trim()}`,
    `IBAN: ${formatIban(settings.iban)}`,
    settings.bic ? `BIC: ${settings.bic.replace(/\s+/g, "").toUpperCase()}` : null,
    settings.bankName.trim() ? `Bank: ${settings.bankName.trim()}` : null,
    `Reference: ${input.invoiceNumber}`,
  ];
  return lines.filter((line): line is string => line !== null).join("\n");
}

/**
 * Bank transfer. Nothing is sent anywhere: a payment stays pending until an admin marks the
 * invoice paid (core's markInvoicePaid), and refunds are pending until the operator has sent
 * the money back. The provider's "truth" is therefore always pending; reconciliation must not
 * downgrade an invoice an admin marked paid.
 */
export function createManualProvider(rawSettings: Record<string, unknown>): PaymentProvider {
  const parsed = manualSettingsSchema.safeParse(rawSettings);
  const settings = parsed.success ? parsed.data : manualSettingsSchema.parse({});
  const pending = (providerPaymentId: string, currency?: string) => ({
    providerPaymentId,
    status: "pending" as const,
    amountCaptured: 0,
    currency,
    nextActionUrl: null,
    failureCode: null,
    failureMessage: null,
    savedMethod: null,
  });
  return {
    key: MANUAL_PROVIDER_KEY,
    displayName: "Bank transfer",
    supportsSavedMethods: false,
    async createPayment(input) {
      assertConfigured(settings);
      // Derived from our payment id: a retried create returns the same id, nothing to deduplicate.
      return pending(`manual_${input.paymentId}`, input.currency.toUpperCase());
    },
    async capturePayment({ providerPaymentId }) {
      return pending(providerPaymentId);
    },
    async retrievePayment(providerPaymentId) {
      return pending(providerPaymentId);
    },
    async refund(input) {
      // The operator sends the money back by hand; the credit note records it meanwhile.
      return { providerRefundId: `manual_refund_${input.idempotencyKey}`, status: "pending" };
    },
    async parseWebhook() {
      throw new WebhookVerificationError("Bank transfers have no webhooks; mark the invoice paid in the admin instead.");
    },
    invoiceInstructions(input) {
      return transferInstructions(settings, input);
    },
  };
}
