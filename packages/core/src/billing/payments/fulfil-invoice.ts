import type { Tx } from "@tillbox/db";
import { coreEvents, emit } from "@tillbox/events";
import { DomainError } from "../../errors";
import type { BillingContext } from "../context";
import { activatePaidInvoice } from "../subscriptions";
import { creditTokens } from "../wallet";

type Refs = Record<string, unknown>;

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
 * Everything a paid invoice buys, in the caller's transaction: invoice paid, subscriptions
 * activated (activatePaidInvoice), add-on purchases active, token bundles credited, and
 * invoice.paid. The invoice row is locked first, so two captures of one invoice serialise and
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
  await emit(tx, coreEvents.invoicePaid, {
    invoiceId: invoice.id, userId: invoice.userId, number: invoice.number ?? "", amountPaid: invoice.total, currency: invoice.currency,
    subscriptionId: invoice.subscriptionId,
  }, { tenantId: invoice.tenantId });
}

/**
 * What the invoice's lines buy, for an invoice that is (being) paid: subscriptions activated (and
 * their period's tokens granted), pending add-on purchases active, token bundles credited. A
 * payment issue's retry runs this alone on an invoice already recorded as paid.
 */
export async function deliverInvoice(tx: Tx, ctx: BillingContext, invoice: LockedInvoice, now: Date): Promise<void> {
  const subscriptionIds = new Set<string>();
  if (invoice.subscriptionId) subscriptionIds.add(invoice.subscriptionId);
  for (const line of invoice.lines) {
    const subscriptionId = (line.refs as Refs).subscriptionId;
    if (line.kind === "plan" && typeof subscriptionId === "string") subscriptionIds.add(subscriptionId);
  }
  for (const subscriptionId of subscriptionIds) {
    await activatePaidInvoice(tx, { id: invoice.id, tenantId: invoice.tenantId, userId: invoice.userId, subscriptionId, billingReason: invoice.billingReason }, now);
  }

  await tx.addOnPurchase.updateMany({ where: { tenantId: ctx.tenantId, invoiceId: invoice.id, status: "pending" }, data: { status: "active", activatedAt: now } });

  for (const line of invoice.lines) {
    const refs = line.refs as Refs;
    if (line.kind !== "token_bundle" || typeof refs.tokens !== "number") continue;
    await creditTokens(tx, {
      tenantId: invoice.tenantId, userId: invoice.userId, amount: refs.tokens * line.quantity, kind: "purchase", reference: invoice.id,
      metadata: { bundleId: refs.bundleId ?? null, invoiceLineId: line.id }, now,
    });
  }
}
