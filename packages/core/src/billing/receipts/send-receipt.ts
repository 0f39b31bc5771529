import type { Db } from "@tillbox/db";
import type { StepTools } from "@tillbox/events";
import type { MailMessage, MailTemplate } from "../../identity/mailer";
import { getBillingSettings } from "../settings";

/** What receipts need from the app: a Mailer (the tenant stamped on each message) and the portal's URL for links. */
export interface ReceiptDeps {
  mailer: { send(message: MailMessage & { tenantId: string }): Promise<void> };
  webUrl: string;
}

export interface ReceiptMail {
  tenantId: string;
  userId: string;
  template: MailTemplate;
  /** The template's data in the recipient's locale (amounts and dates are formatted for it). */
  data: (locale: string) => Record<string, string>;
}

/** A link into the portal (WEB_URL): a signed-out reader signs in first and comes back to it. */
export const portalUrl = (deps: ReceiptDeps, path: string) => `${deps.webUrl.replace(/\/$/, "")}${path}`;

/**
 * Mails one receipt to the customer, in their locale, then the operator's copy (billing setting
 * receiptCopyTo) as a mail of its own: the mailer takes one recipient per message (no header
 * tricks), and a copy that fails is retried without mailing the customer again. Each send is its
 * own step, so a retried run (a failure, a crash after a send) skips what already went out. A
 * failure throws: the run is retried, and after its last attempt it stays visible as failed.
 */
export async function sendReceipt(db: Db, deps: ReceiptDeps, step: StepTools, mail: ReceiptMail): Promise<{ sent: string[] } | { skipped: string }> {
  const user = await db.user.findFirst({
    where: { id: mail.userId, tenantId: mail.tenantId },
    select: { email: true, name: true, locale: true, status: true },
  });
  if (!user || user.status === "deleted") return { skipped: "the customer's account is gone" };
  const data = { name: user.name ?? "", ...mail.data(user.locale) };
  const message = { tenantId: mail.tenantId, template: mail.template, locale: user.locale };
  await step.run("mail-customer", () => deps.mailer.send({ ...message, to: user.email, data }));
  const sent = ["customer"];
  const { receiptCopyTo } = await getBillingSettings(db, mail.tenantId);
  if (receiptCopyTo && receiptCopyTo !== user.email) {
    await step.run("mail-operator-copy", () => deps.mailer.send({ ...message, to: receiptCopyTo, data: { ...data, copyOf: user.email } }));
    sent.push("operator");
  }
  return { sent };
}
