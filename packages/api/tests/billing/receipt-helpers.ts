import type { Db } from "@tillbox/db";
import { createRelay } from "@tillbox/events";
import { coreFunctions } from "../../src/runtime";
import { tenantId } from "./done-when-helpers";

/**
 * The app's event functions (receipts) on the in-process transport, as apps/web runs them; retries
 * come due at once so a test can watch one. Crons stay out: each test drives its own jobs.
 */
export function eventRelay(db: Db) {
  const functions = coreFunctions.filter(({ fn }) => "event" in fn.trigger);
  return createRelay({ db, functions, isPluginEnabled: async () => true, backoffMs: () => 0, logger: { info() {}, warn() {}, error() {} } });
}

const spaces = (value: string) => value.replace(/\u00a0/g, " ");

/** What the dev mailbox holds for receipts and plan-change mail, oldest first (Intl's no-break spaces as plain ones). */
export async function billingMail(db: Db, to?: string) {
  const mails = await db.emailMessage.findMany({
    where: {
      tenantId,
      ...(to ? { to } : {}),
      template: { in: ["receipt-purchase", "receipt-renewal", "receipt-plan-change", "receipt-refund", "plan-change-scheduled"] },
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return mails.map((mail) => ({ ...mail, subject: spaces(mail.subject), text: spaces(mail.text) }));
}
