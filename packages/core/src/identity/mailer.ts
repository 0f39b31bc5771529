/**
 * Outbound mail port for identity flows. Core only depends on this interface; packages/email
 * implements it (SMTP / console / memory), so domain services stay free of transport concerns.
 *
 * Links put into `data.url` point at the web app (WEB_URL):
 *   verify-email    `${WEB_URL}/auth/verify?token=…`
 *   reset-password  `${WEB_URL}/auth/reset-password?token=…`
 *   magic-link      `${WEB_URL}/auth/magic-link?token=…`
 *   change-email    `${WEB_URL}/auth/confirm-email-change?token=…`
 *   account-exists  `${WEB_URL}/auth/sign-in` (sent instead of verify-email when the address is taken)
 *   email-changed / account-deleted carry no token link (notices only).
 * Billing (subscriptions), all linking `data.url` to the portal's billing page:
 *   payment-failed                     planName, amount, retryDate: a charge failed, we retry on retryDate
 *   subscription-unpaid                planName, amount: dunning ran out, the invoice stays open (status unpaid)
 *   subscription-canceled-nonpayment   planName, amount: dunning ran out, the subscription was canceled
 *   subscription-invoice               planName, invoiceNumber, amount, dueDate: an invoice to pay by hand
 * Billing receipts (billing/receipts), `data.url` is the invoice PDF in the portal (sign-in first):
 *   receipt-purchase / receipt-renewal / receipt-plan-change   invoiceNumber, amount (paid), items
 *     (one line per invoice line), tax (optional): a paid invoice, by its billing reason
 *   receipt-refund          invoiceNumber, amount (refunded), items; creditNoteNumber + creditNoteUrl (optional)
 *   plan-change-scheduled   planName, currentPlanName, date; url: the portal's billing page
 * `data.name` carries the recipient's display name when known (may be ""); `data.copyOf` (the
 * customer's address) marks an operator's copy of a customer's mail.
 */
export type MailTemplate =
  | "verify-email"
  | "reset-password"
  | "magic-link"
  | "change-email"
  | "email-changed"
  | "account-exists"
  | "account-deleted"
  | "payment-failed"
  | "subscription-unpaid"
  | "subscription-canceled-nonpayment"
  | "subscription-invoice"
  | "receipt-purchase"
  | "receipt-renewal"
  | "receipt-plan-change"
  | "receipt-refund"
  | "plan-change-scheduled";

export interface MailMessage {
  to: string;
  template: MailTemplate;
  locale: string;
  data: Record<string, string>;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
}
