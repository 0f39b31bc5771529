import { coreEvents, emit } from "@tillbox/events";
import { recordAudit } from "../../audit/record-audit";
import { DomainError } from "../../errors";
import { auditOrigin, holds, type AccessActor } from "../../identity/access/permissions";
import type { BillingContext } from "../context";
import { lockInvoice } from "../payments/fulfil-invoice";
import { fulfilOrQueue } from "../payments/fulfil-or-queue";
import { releaseLines } from "../sellables/line-steps";

/** Provider key of payments an operator recorded by hand (bank transfer seen on the statement). */
export const OUT_OF_BAND_PROVIDER = "out_of_band";

function requireScope(ctx: BillingContext, scope: string): AccessActor {
  if (!ctx.actor || !holds(ctx.actor.permissions, scope)) throw new DomainError("FORBIDDEN", `This needs the ${scope} permission.`, "FORBIDDEN");
  return ctx.actor;
}

/**
 * Manual "mark paid" (bank transfer): records a succeeded out_of_band Payment for the open amount
 * (the money arrived outside any provider API, so a refund of it goes back the same way, with a
 * credit note but no provider call), fulfils the invoice, audits it, all in one transaction. The
 * money arrived, so a fulfilment that fails is queued as a payment issue, not refused.
 */
export async function markInvoicePaid(ctx: BillingContext, invoiceId: string, input: { reference?: string | null } = {}) {
  const actor = requireScope(ctx, "billing:manage");
  return ctx.db.$transaction(async (tx) => {
    const invoice = await lockInvoice(tx, ctx.tenantId, invoiceId);
    if (invoice.status !== "open" && invoice.status !== "uncollectible") {
      throw new DomainError("INVOICE_NOT_PAYABLE", `A ${invoice.status} invoice can't be marked paid (field: invoiceId).`, "CONFLICT");
    }
    const now = ctx.clock.now();
    const payment = await tx.payment.create({
      data: {
        tenantId: ctx.tenantId,
        invoiceId,
        provider: OUT_OF_BAND_PROVIDER,
        status: "succeeded",
        amount: invoice.total - invoice.amountPaid,
        currency: invoice.currency,
        capturedAt: now,
      },
    });
    await emit(
      tx,
      coreEvents.paymentCaptured,
      {
        paymentId: payment.id,
        invoiceId,
        provider: payment.provider,
        amount: payment.amount,
        currency: payment.currency,
      },
      { tenantId: ctx.tenantId },
    );
    await fulfilOrQueue(tx, ctx, invoice, payment);
    await recordAudit(tx, {
      ...auditOrigin(actor),
      action: "invoice.mark_paid",
      targetType: "invoice",
      targetId: invoiceId,
      data: { number: invoice.number, amount: payment.amount, currency: invoice.currency, reference: input.reference ?? null },
    });
    return tx.invoice.findFirstOrThrow({ where: { id: invoiceId, tenantId: ctx.tenantId } });
  });
}

/**
 * open/draft → void. A paid invoice is never voided (refund it instead). What its lines reserved is
 * released (pending add-on purchases canceled, plugins' stock given back) and unfinished payments are canceled.
 */
export async function voidInvoice(ctx: BillingContext, invoiceId: string, input: { reason?: string | null } = {}) {
  const actor = requireScope(ctx, "billing:manage");
  return ctx.db.$transaction(async (tx) => {
    const invoice = await lockInvoice(tx, ctx.tenantId, invoiceId);
    if (invoice.status === "paid") throw new DomainError("INVOICE_PAID", "A paid invoice can't be voided; refund it instead (field: invoiceId).", "CONFLICT");
    if (invoice.status === "void") return invoice;
    const now = ctx.clock.now();
    const updated = await tx.invoice.update({ where: { id: invoiceId }, data: { status: "void", voidedAt: now } });
    await releaseLines(tx, ctx, invoice, "invoice_void", now);
    await tx.payment.updateMany({ where: { tenantId: ctx.tenantId, invoiceId, status: { in: ["pending", "requires_action"] } }, data: { status: "canceled" } });
    await emit(tx, coreEvents.invoiceVoided, { invoiceId, userId: invoice.userId, number: invoice.number }, { tenantId: ctx.tenantId });
    await recordAudit(tx, {
      ...auditOrigin(actor),
      action: "invoice.void",
      targetType: "invoice",
      targetId: invoiceId,
      data: { number: invoice.number, reason: input.reason ?? null },
    });
    return updated;
  });
}

/** open → uncollectible (written off; a later payment still marks it paid, as in Stripe). */
export async function markInvoiceUncollectible(ctx: BillingContext, invoiceId: string, input: { reason?: string | null } = {}) {
  const actor = requireScope(ctx, "billing:manage");
  return ctx.db.$transaction(async (tx) => {
    const invoice = await lockInvoice(tx, ctx.tenantId, invoiceId);
    if (invoice.status === "uncollectible") return invoice;
    if (invoice.status !== "open") {
      throw new DomainError(
        "INVOICE_NOT_OPEN",
        `Only an open invoice can be marked uncollectible; this one is ${invoice.status} (field: invoiceId).`,
        "CONFLICT",
      );
    }
    const updated = await tx.invoice.update({ where: { id: invoiceId }, data: { status: "uncollectible" } });
    await emit(
      tx,
      coreEvents.invoiceMarkedUncollectible,
      {
        invoiceId,
        userId: invoice.userId,
        number: invoice.number,
        total: invoice.total,
        currency: invoice.currency,
      },
      { tenantId: ctx.tenantId },
    );
    await recordAudit(tx, {
      ...auditOrigin(actor),
      action: "invoice.mark_uncollectible",
      targetType: "invoice",
      targetId: invoiceId,
      data: { number: invoice.number, reason: input.reason ?? null },
    });
    return updated;
  });
}
