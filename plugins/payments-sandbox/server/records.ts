import type { ProviderPaymentResult, ProviderSetupResult } from "@tillbox/plugin-sdk";
import { cardByNumber, TEST_CARDS, methodIdOf, type TestCard } from "./cards";
import { webUrl } from "./env";

/** The stored sandbox payment, as much of it as the mapping needs. */
export interface SandboxPaymentRow {
  id: string;
  userId: string;
  amount: number;
  currency: string;
  status: "awaiting_card" | "requires_action" | "succeeded" | "failed" | "canceled";
  cardLast4: string | null;
  savePaymentMethod: boolean;
  failureCode: string | null;
  failureMessage: string | null;
}

/** This plugin's web.page (web/pages/sandbox-action.tsx), where the customer picks a test card or answers the 3-D Secure challenge. */
export function actionUrl(sandboxPaymentId: string): string {
  return `${webUrl()}/checkout/sandbox-action?payment=${encodeURIComponent(sandboxPaymentId)}`;
}

export const cardByLast4 = (last4: string | null): TestCard | undefined => (last4 ? TEST_CARDS.find((card) => card.last4 === last4) : undefined);

export { cardByNumber };

/** The contract's view of a stored payment: what retrievePayment, capture and create answer. */
export function toProviderResult(row: SandboxPaymentRow): ProviderPaymentResult {
  const { status } = row;
  const waiting = status === "awaiting_card" || status === "requires_action";
  const card = cardByLast4(row.cardLast4);
  const succeeded = row.status === "succeeded";
  return {
    providerPaymentId: row.id,
    status: waiting ? "requires_action" : status,
    amountCaptured: succeeded ? row.amount : 0,
    currency: row.currency,
    nextActionUrl: waiting ? actionUrl(row.id) : null,
    failureCode: row.failureCode,
    failureMessage: row.failureMessage,
    savedMethod:
      succeeded && row.savePaymentMethod && card
        ? {
            providerMethodId: methodIdOf(card, row.userId),
            providerCustomerId: `sbx_cus_${row.userId}`,
            brand: card.brand,
            last4: card.last4,
            // Test cards never expire; a fixed far date keeps invoices and tests stable.
            expMonth: 12,
            expYear: 2099,
          }
        : null,
  };
}

/** A setup's view (id "sbx_seti_…"): what setupPaymentMethod and confirmSetup answer. Nothing is ever charged. */
export function toSetupResult(row: SandboxPaymentRow): ProviderSetupResult {
  const payment = toProviderResult(row);
  const status = payment.status === "succeeded" ? "succeeded" : payment.status === "requires_action" ? "requires_action" : "failed";
  return {
    providerSetupId: row.id,
    status,
    savedMethod: payment.savedMethod,
    nextActionUrl: payment.nextActionUrl,
    failureCode: status === "failed" ? (row.failureCode ?? row.status) : null,
    failureMessage: status === "failed" ? row.failureMessage : null,
  };
}
