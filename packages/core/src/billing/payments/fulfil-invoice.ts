import type { Tx } from "@tillbox/db";
import { coreEvents, emit } from "@tillbox/events";
import { DomainError } from "../../errors";
import type { BillingContext } from "../context";
import { fulfilLines } from "../sellables/line-steps";

/** An invoice row with its lines (by position), read after its row was locked in the same transaction. */
export type LockedInvoice = Awaited<ReturnType<typeof lockInvoice>>;

/** Locks the invoice row for the rest of the caller's transaction (fulfilment and refunds serialise on it). */
export async function lockInvoice(tx: Tx, tenantId: string, invoiceId: string) {
  await tx.$queryRaw`SELECT "id" FROM "billing_invoice" WHERE "id" = ${invoiceId}::uuid AND "tenant_id" = ${tenantId} FOR UPDATE`;
  const invoice = await tx.invoice.findFirst({ where: { id: invoiceId, tenantId }, include: { lines: { orderBy: { position: "asc" } } } });
  if (!invoice) throw new DomainError("INVOICE_NOT_FOUND", "No such invoice (field: invoiceId).", "NOT_FOUND");
  return invoice;
}

/** Open and uncollectible invoices can be paid (as in Stripe); draft, void and paid ones can't. */
export function isPayable(status: string): boolean {
  return status === "open" || status === "uncollectible";
}

/**
 * Everything a paid invoice buys, in the caller's transaction: invoice paid, each line fulfilled
 * by its sellable (deliverInvoice), and invoice.paid. The invoice row is locked first, so two captures of one invoice serialise and
 * the second finds it paid: fulfilling twice is a no-op. A caller that already locked and read the
 * invoice passes it as `locked`, saving the statements. Money a provider already took goes
 * through fulfilOrQueue instead, which never lets a refusal here lose the payment.
 */
export async function fulfilInvoice(tx: Tx, ctx: BillingContext, invoiceId: string, locked?: LockedInvoice): Promise<{ fulfilled: boolean }> {
  const invoice = locked?.id === invoiceId ? locked : await lockInvoice(tx, ctx.tenantId, invoiceId);
  if (invoice.status === "paid") return { fulfilled: false };
  if (!isPayable(invoice.status)) {
    throw new DomainError("INVOICE_NOT_PAYABLE", `A ${invoice.status} invoice can't be paid (field: invoiceId).`, "CONFLICT");
  }
  const now = ctx.clock.now();
  await recordInvoicePaid(tx, invoice, now);
  await deliverInvoice(tx, ctx, invoice, now);
  await emitInvoicePaid(tx, invoice);
  return { fulfilled: true };
}

export async function recordInvoicePaid(tx: Tx, invoice: LockedInvoice, now: Date): Promise<void> {
  await tx.invoice.update({ where: { id: invoice.id }, data: { status: "paid", amountPaid: invoice.total, paidAt: now } });
}

export async function emitInvoicePaid(tx: Tx, invoice: LockedInvoice): Promise<void> {
  await emit(
    tx,
    coreEvents.invoicePaid,
    {
      invoiceId: invoice.id,
      userId: invoice.userId,
      number: invoice.number ?? "",
      amountPaid: invoice.total,
      currency: invoice.currency,
      subscriptionId: invoice.subscriptionId,
    },
    { tenantId: invoice.tenantId },
  );
}

/**
 * What the invoice's lines buy, for an invoice that is (being) paid: each line's sellable fulfils
 * it (subscriptions activated with their period's tokens, add-on purchases active, token bundles
 * credited, plugins' goods delivered), each line once (sellables/line-steps.ts). A payment issue's
 * retry runs this alone on an invoice already recorded as paid.
 */
export async function deliverInvoice(tx: Tx, ctx: BillingContext, invoice: LockedInvoice, now: Date): Promise<void> {
  await fulfilLines(tx, ctx, invoice, now);
}
