import { z } from "zod";
import type { Tx } from "@tillbox/db";
import { coreEvents, emit } from "@tillbox/events";
import { recordAudit } from "../../audit/record-audit";
import { DomainError } from "../../errors";
import { auditOrigin, holds, type AccessActor } from "../../identity/access/permissions";
import type { BillingContext } from "../context";
import { withIdempotency } from "../idempotency";
import { nextDocumentNumber } from "../invoices/document-number";
import { OUT_OF_BAND_PROVIDER } from "../invoices/invoice-status";
import { positiveMinorUnitsSchema } from "../money/limits";
import { proportionalShare } from "../money/proportional-share";
import { refundLines } from "../sellables/line-steps";
import { getBillingSettings } from "../settings";
import type { PaymentDeps } from "./charge-invoice";
import { closePaymentIssue } from "./payment-issues";
import type { ProviderRefundResult } from "./provider-contract";
import type { RefundOutcome } from "./payment-output";

export type { RefundOutcome } from "./payment-output";

export const refundInputSchema = z
  .object({
    paymentId: z.string().uuid().optional(),
    invoiceId: z.string().uuid().optional(),
    /** Minor units; omitted = everything not refunded yet. */
    amount: positiveMinorUnitsSchema.optional(),
    reason: z.string().trim().max(500).optional(),
    idempotencyKey: z.string().min(1).max(255),
  })
  .refine((input) => Boolean(input.paymentId || input.invoiceId), { message: "give paymentId or invoiceId", path: ["paymentId"] });
export type RefundPaymentInput = z.input<typeof refundInputSchema>;

/**
 * Refunds all or part of a captured payment through the provider that took it, then issues a
 * credit note (own gap-free sequence) with the tax share of the refunded amount. The refunded
 * amount is reserved before the provider is called, so two concurrent refunds can't together
 * exceed what was paid; a provider refusal gives the reservation back and throws (the
 * idempotency key is released, a retry may run). A refund the provider accepts as pending is
 * treated as made (credit note, what each line's sellable takes back: tokens in proportion, and once
 * the whole invoice is refunded each line is reversed); if it later fails, its refund.updated webhook undoes that
 * (settle-refund.ts). A payment with an open payment issue is money that bought nothing: no
 * tokens are clawed back, refunding all of it closes the issue as refunded, and a payment that never
 * paid its invoice (duplicate, void invoice) is refunded without touching the invoice (no credit note).
 */
export async function refundPayment(ctx: BillingContext, deps: PaymentDeps, input: RefundPaymentInput): Promise<RefundOutcome> {
  if (!ctx.actor || !holds(ctx.actor.permissions, "billing:refund"))
    throw new DomainError("FORBIDDEN", "This needs the billing:refund permission.", "FORBIDDEN");
  const actor = ctx.actor;
  const parsed = refundInputSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new DomainError("REFUND_INVALID", `${issue.message} (field: ${issue.path.join(".")})`);
  }
  const { idempotencyKey, ...params } = parsed.data;
  return withIdempotency(ctx, { scope: "refund", key: idempotencyKey, params }, async () => {
    const reserved = await ctx.db.$transaction((tx) => reserve(tx, ctx, params));
    let result: ProviderRefundResult;
    try {
      result = await callProvider(deps, reserved, `refund:${ctx.tenantId}:${idempotencyKey}`, params.reason);
      if (result.status === "failed") throw new DomainError("REFUND_FAILED", "The payment provider refused the refund.", "CONFLICT");
    } catch (error) {
      await ctx.db.$transaction((tx) => release(tx, ctx, reserved));
      if (error instanceof DomainError) throw error;
      throw new DomainError(
        "REFUND_FAILED",
        `The payment provider could not refund: ${error instanceof Error ? error.message.slice(0, 200) : "unknown error"}`,
        "CONFLICT",
      );
    }
    return ctx.db.$transaction(async (tx) => {
      const now = ctx.clock.now();
      const { invoice } = reserved;
      const fullyRefunded = reserved.paymentRefundedBefore + reserved.amount === reserved.paymentAmount;
      if (reserved.issue && fullyRefunded) await closePaymentIssue(tx, ctx, reserved.issue, "refunded", { resolvedBy: auditOrigin(actor).actorId });
      if (!reserved.countsOnInvoice) return recordStandaloneRefund(tx, ctx, actor, reserved, result, now);
      const settings = await getBillingSettings(tx, ctx.tenantId);
      const after = reserved.invoiceRefundedBefore + reserved.amount;
      const taxAmount = proportionalShare(invoice.taxTotal, invoice.total, reserved.invoiceRefundedBefore, after);
      const number = await nextDocumentNumber(tx, ctx.tenantId, "credit_note", settings.creditNoteNumberFormat, now);
      const creditNote = await tx.creditNote.create({
        data: {
          tenantId: ctx.tenantId,
          invoiceId: invoice.id,
          number,
          amount: reserved.amount,
          taxAmount,
          currency: invoice.currency,
          reason: params.reason ?? null,
          createdAt: now,
        },
      });
      const refund = await tx.refund.update({
        where: { id: reserved.refundId },
        data: { status: result.status, providerRefundId: result.providerRefundId || null, creditNoteId: creditNote.id },
      });
      // An invoice whose fulfilment failed delivered no tokens: there is nothing to take back.
      const { tokensDebited } = reserved.issue
        ? { tokensDebited: 0 }
        : await refundLines(tx, ctx, invoice, { before: reserved.invoiceRefundedBefore, after, refundId: refund.id, now });
      await emit(
        tx,
        coreEvents.paymentRefunded,
        {
          paymentId: reserved.paymentId,
          invoiceId: invoice.id,
          refundId: refund.id,
          amount: reserved.amount,
          amountRefunded: reserved.paymentRefundedBefore + reserved.amount,
          currency: invoice.currency,
        },
        { tenantId: ctx.tenantId },
      );
      await emit(
        tx,
        coreEvents.creditNoteCreated,
        {
          creditNoteId: creditNote.id,
          invoiceId: invoice.id,
          number,
          amount: reserved.amount,
          taxAmount,
          currency: invoice.currency,
        },
        { tenantId: ctx.tenantId },
      );
      await recordAudit(tx, {
        ...auditOrigin(actor),
        action: "payment.refund",
        targetType: "payment",
        targetId: reserved.paymentId,
        data: { invoiceId: invoice.id, refundId: refund.id, amount: reserved.amount, currency: invoice.currency, creditNote: number, tokensDebited },
      });
      return {
        refundId: refund.id,
        paymentId: reserved.paymentId,
        invoiceId: invoice.id,
        status: refund.status,
        amount: reserved.amount,
        currency: invoice.currency,
        creditNoteId: creditNote.id,
        creditNoteNumber: number,
        taxAmount,
        tokensDebited,
      };
    });
  });
}

type Reservation = Awaited<ReturnType<typeof reserve>>;

async function reserve(tx: Tx, ctx: BillingContext, params: { paymentId?: string; invoiceId?: string; amount?: number; reason?: string }) {
  // With both ids, the payment must be one of that invoice's.
  const candidate = params.paymentId
    ? await tx.payment.findFirst({ where: { id: params.paymentId, tenantId: ctx.tenantId, ...(params.invoiceId ? { invoiceId: params.invoiceId } : {}) } })
    : await tx.payment.findFirst({ where: { invoiceId: params.invoiceId, tenantId: ctx.tenantId, status: "succeeded" }, orderBy: { capturedAt: "desc" } });
  const field = params.paymentId ? "paymentId" : "invoiceId";
  if (!candidate) throw new DomainError("PAYMENT_NOT_FOUND", `No captured payment to refund (field: ${field}).`, "NOT_FOUND");
  // Lock order invoice → payment, as fulfilment does.
  await tx.$queryRaw`SELECT "id" FROM "billing_invoice" WHERE "id" = ${candidate.invoiceId}::uuid FOR UPDATE`;
  await tx.$queryRaw`SELECT "id" FROM "billing_payment" WHERE "id" = ${candidate.id}::uuid FOR UPDATE`;
  const payment = await tx.payment.findFirstOrThrow({
    where: { id: candidate.id, tenantId: ctx.tenantId },
    include: { invoice: { include: { lines: true } } },
  });
  if (payment.status !== "succeeded")
    throw new DomainError("PAYMENT_NOT_CAPTURED", `A ${payment.status} payment can't be refunded (field: ${field}).`, "CONFLICT");
  const remaining = payment.amount - payment.amountRefunded;
  const amount = params.amount ?? remaining;
  if (amount <= 0 || amount > remaining) {
    throw new DomainError("REFUND_AMOUNT_INVALID", `The refund must be between 1 and ${remaining} (what is left of the payment) (field: amount).`);
  }
  const issue = await tx.paymentIssue.findFirst({
    where: { tenantId: ctx.tenantId, paymentId: payment.id, status: "open" },
    select: { id: true, kind: true, invoiceId: true, paymentId: true },
  });
  const countsOnInvoice = !issue || issue.kind === "fulfilment_failed" || issue.kind === "amount_mismatch";
  const refund = await tx.refund.create({
    data: {
      tenantId: ctx.tenantId,
      paymentId: payment.id,
      provider: payment.provider,
      amount,
      currency: payment.currency,
      status: "pending",
      reason: params.reason ?? null,
      countsOnInvoice,
    },
  });
  await tx.payment.update({ where: { id: payment.id }, data: { amountRefunded: { increment: amount } } });
  if (countsOnInvoice) await tx.invoice.update({ where: { id: payment.invoiceId }, data: { amountRefunded: { increment: amount } } });
  return {
    refundId: refund.id,
    paymentId: payment.id,
    provider: payment.provider,
    providerPaymentId: payment.providerPaymentId,
    amount,
    paymentAmount: payment.amount,
    paymentRefundedBefore: payment.amountRefunded,
    invoiceRefundedBefore: payment.invoice.amountRefunded,
    invoice: payment.invoice,
    issue,
    countsOnInvoice,
  };
}

async function release(tx: Tx, ctx: BillingContext, reserved: Reservation) {
  await tx.refund.update({ where: { id: reserved.refundId }, data: { status: "failed" } });
  await tx.payment.update({ where: { id: reserved.paymentId }, data: { amountRefunded: { decrement: reserved.amount } } });
  if (reserved.countsOnInvoice) await tx.invoice.update({ where: { id: reserved.invoice.id }, data: { amountRefunded: { decrement: reserved.amount } } });
}

/** A refund of money that never paid the invoice: recorded against the payment only. */
async function recordStandaloneRefund(
  tx: Tx,
  ctx: BillingContext,
  actor: AccessActor,
  reserved: Reservation,
  result: ProviderRefundResult,
  now: Date,
): Promise<RefundOutcome> {
  const refund = await tx.refund.update({
    where: { id: reserved.refundId },
    data: { status: result.status, providerRefundId: result.providerRefundId || null },
  });
  const { invoice } = reserved;
  await emit(
    tx,
    coreEvents.paymentRefunded,
    {
      paymentId: reserved.paymentId,
      invoiceId: invoice.id,
      refundId: refund.id,
      amount: reserved.amount,
      amountRefunded: reserved.paymentRefundedBefore + reserved.amount,
      currency: invoice.currency,
    },
    { tenantId: ctx.tenantId },
  );
  await recordAudit(tx, {
    ...auditOrigin(actor),
    action: "payment.refund",
    targetType: "payment",
    targetId: reserved.paymentId,
    data: {
      invoiceId: invoice.id,
      refundId: refund.id,
      amount: reserved.amount,
      currency: invoice.currency,
      creditNote: null,
      tokensDebited: 0,
      at: now.toISOString(),
    },
  });
  return {
    refundId: refund.id,
    paymentId: reserved.paymentId,
    invoiceId: invoice.id,
    status: refund.status,
    amount: reserved.amount,
    currency: invoice.currency,
    creditNoteId: null,
    creditNoteNumber: null,
    taxAmount: 0,
    tokensDebited: 0,
  };
}

async function callProvider(deps: PaymentDeps, reserved: Reservation, idempotencyKey: string, reason?: string): Promise<ProviderRefundResult> {
  // Recorded by an operator (bank transfer): the money goes back the same way, outside Tillbox.
  if (reserved.provider === OUT_OF_BAND_PROVIDER) return { providerRefundId: "", status: "succeeded" };
  const provider = deps.providers.get(reserved.provider);
  if (!provider)
    throw new DomainError(
      "PROVIDER_UNAVAILABLE",
      `Payment provider "${reserved.provider}" is not enabled; it must refund the payment it took.`,
      "PRECONDITION_FAILED",
    );
  if (!reserved.providerPaymentId) throw new DomainError("PAYMENT_NOT_CAPTURED", "The payment has no provider reference (field: paymentId).", "CONFLICT");
  return provider.refund({
    providerPaymentId: reserved.providerPaymentId,
    amount: reserved.amount,
    currency: reserved.invoice.currency,
    reason,
    idempotencyKey,
  });
}
