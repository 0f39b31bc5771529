import type { DbOrTx } from "@tillbox/db";
import type { MailTemplate } from "../../identity/mailer";
import { formatMoney } from "../money/format";
import type { SubscriptionDeps } from "./deps";

const formatDate = (date: Date, locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(date);

/**
 * Billing emails go out after the state change committed. A mail failure is logged and never
 * undoes or repeats billing work: the dunning state is the truth, the email is a courtesy.
 */
async function send(
  db: DbOrTx,
  deps: SubscriptionDeps,
  input: { tenantId: string; userId: string; template: MailTemplate; data: (locale: string) => Record<string, string> },
) {
  try {
    const user = await db.user.findFirst({
      where: { id: input.userId, tenantId: input.tenantId },
      select: { email: true, name: true, locale: true, status: true },
    });
    if (!user || user.status === "deleted") return;
    await deps.mailer.send({
      tenantId: input.tenantId,
      to: user.email,
      template: input.template,
      locale: user.locale,
      data: { name: user.name ?? "", ...input.data(user.locale) },
    });
  } catch (error) {
    console.error(`[billing] sending ${input.template} to user ${input.userId} failed:`, error instanceof Error ? error.message : error);
  }
}

const billingUrl = (deps: SubscriptionDeps) => `${deps.webUrl.replace(/\/$/, "")}/account/billing`;

interface SubscriptionRef {
  tenantId: string;
  userId: string;
  planId: string;
}

async function planName(db: DbOrTx, subscription: SubscriptionRef): Promise<string> {
  const plan = await db.plan.findFirst({ where: { id: subscription.planId, tenantId: subscription.tenantId }, select: { name: true } });
  return plan?.name ?? "";
}

/** "Your payment failed; we'll retry on …" */
export async function sendPaymentFailed(
  db: DbOrTx,
  deps: SubscriptionDeps,
  subscription: SubscriptionRef,
  invoice: { total: number; currency: string },
  retryAt: Date,
) {
  const name = await planName(db, subscription);
  await send(db, deps, {
    ...subscription,
    template: "payment-failed",
    data: (locale) => ({
      planName: name,
      amount: formatMoney(invoice.total, invoice.currency, locale),
      retryDate: formatDate(retryAt, locale),
      url: billingUrl(deps),
    }),
  });
}

/** Dunning ran out: "canceled for non-payment", or "unpaid: pay the open invoice to continue". */
export async function sendDunningFinal(
  db: DbOrTx,
  deps: SubscriptionDeps,
  subscription: SubscriptionRef,
  status: "canceled" | "unpaid",
  invoice: { total: number; currency: string },
) {
  const name = await planName(db, subscription);
  await send(db, deps, {
    ...subscription,
    template: status === "canceled" ? "subscription-canceled-nonpayment" : "subscription-unpaid",
    data: (locale) => ({ planName: name, amount: formatMoney(invoice.total, invoice.currency, locale), url: billingUrl(deps) }),
  });
}

/** A renewal (or change) invoice to pay by hand: number, amount and due date. */
export async function sendSubscriptionInvoice(db: DbOrTx, deps: SubscriptionDeps, invoiceId: string) {
  const invoice = await db.invoice.findFirst({ where: { id: invoiceId }, include: { subscription: { select: { planId: true } } } });
  if (!invoice?.subscription || !invoice.number) return;
  const name = await planName(db, { tenantId: invoice.tenantId, userId: invoice.userId, planId: invoice.subscription.planId });
  await send(db, deps, {
    tenantId: invoice.tenantId,
    userId: invoice.userId,
    template: "subscription-invoice",
    data: (locale) => ({
      planName: name,
      invoiceNumber: invoice.number!,
      amount: formatMoney(invoice.total, invoice.currency, locale),
      dueDate: formatDate(invoice.dueAt ?? invoice.finalizedAt ?? invoice.createdAt, locale),
      url: billingUrl(deps),
    }),
  });
}
