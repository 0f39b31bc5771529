import type { Prisma, Tx } from "@tillbox/db";
import { coreEvents, emit } from "@tillbox/events";
import { DomainError } from "../../errors";
import type { CheckoutState, PartySnapshot } from "../checkout/line-items";
import { computeTotals } from "../checkout/run-handlers";
import type { BillingContext } from "../context";
import { fulfilInvoice } from "../payments/fulfil-invoice";
import { nextDocumentNumber } from "./document-number";
import { getBillingSettings } from "../settings";
import { customerSnapshot, sellerSnapshot } from "./party-snapshots";

export type BillingReason = "checkout" | "subscription_create" | "subscription_cycle" | "subscription_update" | "manual";

export interface InvoiceOptions {
  billingReason: BillingReason;
  subscriptionId?: string | null;
  collectionMethod: "charge_automatically" | "send_invoice";
  provider: string | null;
  periodStart?: Date | null;
  periodEnd?: Date | null;
  /** Default true: a zero-total invoice is paid and fulfilled at once. Checkout turns it off to add its purchases first. */
  fulfilIfZero?: boolean;
  /** Positions of lines whose sellable reserved something at checkout (released if the payment fails). */
  reservedPositions?: ReadonlySet<number>;
}

const json = (value: unknown) => JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;

/**
 * Writes the priced state as an invoice and finalises it in the caller's transaction: lines,
 * totals (sums of already-rounded lines), a gap-free number, frozen customer and seller details.
 * Returns it open, or paid when the total is 0 (fulfilled right away, unless fulfilIfZero is false).
 */
export async function createInvoiceFromState(tx: Tx, ctx: BillingContext, state: CheckoutState, options: InvoiceOptions) {
  const totals = computeTotals(state.lines);
  if (totals.total < 0) {
    throw new DomainError("INVOICE_TOTAL_NEGATIVE", `The invoice total would be ${totals.total}; credits larger than the charges aren't supported.`);
  }
  const invoice = await tx.invoice.create({
    data: {
      tenantId: ctx.tenantId,
      userId: state.cart.userId,
      subscriptionId: options.subscriptionId ?? null,
      status: "draft",
      billingReason: options.billingReason,
      currency: state.cart.currency,
      ...totals,
      reverseCharge: state.reverseCharge,
      cart: json(state.cart),
      provider: options.provider,
      collectionMethod: options.collectionMethod,
      periodStart: options.periodStart ?? null,
      periodEnd: options.periodEnd ?? null,
    },
  });
  await tx.invoiceLine.createMany({
    data: state.lines.map((line, position) => ({
      tenantId: ctx.tenantId,
      invoiceId: invoice.id,
      position,
      kind: line.kind,
      source: line.source,
      description: line.description,
      quantity: line.quantity,
      unitAmount: line.unitAmount,
      amount: line.amount,
      taxRateId: line.tax?.rate.id ?? null,
      taxMillipercent: line.tax?.rate.millipercent ?? 0,
      taxInclusive: line.tax?.rate.inclusive ?? false,
      taxAmount: line.tax?.amount ?? 0,
      periodStart: line.periodStart ?? null,
      periodEnd: line.periodEnd ?? null,
      refs: json(line.refs),
      fulfilment: options.reservedPositions?.has(position) ? "reserved" : "none",
    })),
  });
  const finalized = await finalizeInvoice(tx, ctx, invoice.id, { customer: state.customer, seller: state.seller, draft: invoice });
  if (finalized.total === 0 && options.fulfilIfZero !== false) {
    await fulfilInvoice(tx, ctx, invoice.id);
    return tx.invoice.findFirstOrThrow({ where: { id: invoice.id, tenantId: ctx.tenantId } });
  }
  return finalized;
}

/**
 * draft → open. The number is taken here, in the finalising transaction, so numbers are gap-free;
 * customer and seller details are frozen now (read fresh unless the caller just read them, as it
 * may pass the draft it has just written).
 */
export async function finalizeInvoice(
  tx: Tx,
  ctx: BillingContext,
  invoiceId: string,
  snapshots: { customer?: PartySnapshot; seller?: PartySnapshot; draft?: Prisma.InvoiceGetPayload<object> } = {},
) {
  const invoice = snapshots.draft?.id === invoiceId ? snapshots.draft : await tx.invoice.findFirst({ where: { id: invoiceId, tenantId: ctx.tenantId } });
  if (!invoice) throw new DomainError("INVOICE_NOT_FOUND", "No such invoice (field: invoiceId).", "NOT_FOUND");
  if (invoice.status !== "draft")
    throw new DomainError("INVOICE_NOT_DRAFT", `A ${invoice.status} invoice is already finalised (field: invoiceId).`, "CONFLICT");
  const now = ctx.clock.now();
  const settings = await getBillingSettings(tx, ctx.tenantId);
  const [customer, seller] = await Promise.all([
    snapshots.customer ?? customerSnapshot(tx, ctx.tenantId, invoice.userId),
    snapshots.seller ?? sellerSnapshot(tx, ctx.tenantId),
  ]);
  const number = await nextDocumentNumber(tx, ctx.tenantId, "invoice", settings.invoiceNumberFormat, now);
  const dueAt = invoice.collectionMethod === "send_invoice" ? new Date(now.getTime() + settings.invoiceDueDays * 86_400_000) : now;
  const updated = await tx.invoice.update({
    where: { id: invoice.id },
    data: { status: "open", number, finalizedAt: now, dueAt, customer: json(customer), seller: json(seller) },
  });
  await emit(
    tx,
    coreEvents.invoiceFinalized,
    {
      invoiceId: invoice.id,
      userId: invoice.userId,
      number,
      total: invoice.total,
      currency: invoice.currency,
      billingReason: invoice.billingReason,
    },
    { tenantId: ctx.tenantId },
  );
  return updated;
}
