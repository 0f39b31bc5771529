import { formatMoney } from "../money/format";
import type { MailTemplate } from "../../identity/mailer";

/** Which receipt a paid invoice gets, from why it was made (its billing reason). */
const templateByReason: Record<string, MailTemplate> = {
  subscription_cycle: "receipt-renewal",
  subscription_update: "receipt-plan-change",
};

/** Checkouts (with or without a subscription) and manual invoices are purchases. */
export const receiptTemplateOf = (billingReason: string): MailTemplate => templateByReason[billingReason] ?? "receipt-purchase";

interface ItemLine {
  description: string;
  quantity: number;
  amount: number;
}

/** What was bought, one invoice line a row: "2 × Seats — €10.00" (descriptions as printed on the invoice). */
export function itemLines(lines: readonly ItemLine[], currency: string, locale: string): string {
  return lines.map((line) => `${line.quantity > 1 ? `${line.quantity} × ` : ""}${line.description} — ${formatMoney(line.amount, currency, locale)}`).join("\n");
}

export const formatDate = (date: Date, locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(date);
