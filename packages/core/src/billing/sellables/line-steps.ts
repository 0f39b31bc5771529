import type { Tx } from "@tillbox/db";
import type { BillingContext } from "../context";
import { claimLines } from "./claim-lines";
import { sellableRegistry, type SellableRegistry } from "./registry";
import type { AnySellable, LineFulfilmentState, ReleaseReason, SoldInvoice, SoldLine } from "./sellable";

/** An invoice with its lines as fulfilment, release and refunds read them. */
export interface InvoiceWithLines extends SoldInvoice {
  amountPaid: number;
  lines: { id: string; kind: string; quantity: number; unitAmount: number; amount: number; refs: unknown; fulfilment: string }[];
}

type Line = InvoiceWithLines["lines"][number];

const soldInvoice = (invoice: InvoiceWithLines): SoldInvoice => ({
  id: invoice.id,
  tenantId: invoice.tenantId,
  userId: invoice.userId,
  subscriptionId: invoice.subscriptionId,
  billingReason: invoice.billingReason,
  total: invoice.total,
  currency: invoice.currency,
});

const soldLine = (ctx: BillingContext, invoice: InvoiceWithLines, line: Line, previous: LineFulfilmentState, now: Date): SoldLine => ({
  ctx,
  now,
  previous,
  invoice: soldInvoice(invoice),
  line: {
    id: line.id,
    kind: line.kind,
    quantity: line.quantity,
    unitAmount: line.unitAmount,
    amount: line.amount,
    refs: (line.refs ?? {}) as Record<string, unknown>,
  },
});

function owned(invoice: InvoiceWithLines, registry: SellableRegistry, wanted: (sellable: AnySellable, line: Line) => boolean) {
  return invoice.lines.flatMap((line) => {
    const sellable = registry.forLine(line.kind);
    return sellable && wanted(sellable, line) ? [{ line, sellable }] : [];
  });
}

/** Paid: every sellable line not fulfilled yet is fulfilled, in line order, exactly once. */
export async function fulfilLines(tx: Tx, ctx: BillingContext, invoice: InvoiceWithLines, now: Date, registry = sellableRegistry): Promise<void> {
  // A reserved line was sold by a sellable: if none is registered for it now, refuse rather than deliver nothing.
  const orphan = invoice.lines.find((line) => line.fulfilment === "reserved" && !registry.forLine(line.kind));
  if (orphan) throw new Error(`No sellable "${orphan.kind}" is registered to fulfil invoice line ${orphan.id}.`);
  const lines = owned(invoice, registry, () => true);
  const claimed = await claimLines(
    tx,
    invoice.id,
    lines.map(({ line }) => line.id),
    ["none", "reserved", "released"],
    "fulfilled",
  );
  for (const { line, sellable } of lines) {
    const previous = claimed.get(line.id);
    if (previous !== undefined) await sellable.fulfil(tx, soldLine(ctx, invoice, line, previous, now));
  }
}

/** The payment failed, or the invoice is void: reserved lines whose sellable releases for this reason give back what they hold. */
export async function releaseLines(
  tx: Tx,
  ctx: BillingContext,
  invoice: InvoiceWithLines,
  reason: ReleaseReason,
  now: Date,
  registry = sellableRegistry,
): Promise<void> {
  const lines = owned(
    invoice,
    registry,
    (sellable, line) =>
      Boolean(sellable.release) && (sellable.releaseOn ?? ["payment_failed", "invoice_void"]).includes(reason) && line.fulfilment === "reserved",
  );
  const claimed = await claimLines(
    tx,
    invoice.id,
    lines.map(({ line }) => line.id),
    ["reserved"],
    "released",
  );
  for (const { line, sellable } of lines) {
    const previous = claimed.get(line.id);
    if (previous !== undefined) await sellable.release!(tx, soldLine(ctx, invoice, line, previous, now), reason);
  }
}

/**
 * A refund of (before, after] of the invoice's paid amount: each sellable with fulfilled lines hears
 * it (tokens go back in proportion); once the whole amount is refunded, each fulfilled line is
 * reversed, exactly once. Returns the effects the refund reports (tokens debited).
 */
export async function refundLines(
  tx: Tx,
  ctx: BillingContext,
  invoice: InvoiceWithLines,
  refund: { before: number; after: number; refundId: string; now: Date },
  registry = sellableRegistry,
): Promise<{ tokensDebited: number }> {
  const fulfilled = owned(invoice, registry, (_sellable, line) => line.fulfilment === "fulfilled");
  let tokensDebited = 0;
  for (const sellable of new Set(fulfilled.map((entry) => entry.sellable))) {
    if (!sellable.refunded) continue;
    const lines = fulfilled.filter((entry) => entry.sellable === sellable).map(({ line }) => soldLine(ctx, invoice, line, "fulfilled", refund.now).line);
    const effect = await sellable.refunded(tx, { ctx, invoice: soldInvoice(invoice), lines, ...refund });
    tokensDebited += effect.tokensDebited ?? 0;
  }
  if (refund.after < invoice.amountPaid) return { tokensDebited };
  const claimed = await claimLines(
    tx,
    invoice.id,
    fulfilled.map(({ line }) => line.id),
    ["fulfilled"],
    "reversed",
  );
  for (const { line, sellable } of fulfilled) {
    if (claimed.has(line.id) && sellable.reverse) await sellable.reverse(tx, soldLine(ctx, invoice, line, "fulfilled", refund.now));
  }
  return { tokensDebited };
}

/** A refund the provider failed after all: each sellable gives back what it took for it. */
export async function refundFailedLines(tx: Tx, ctx: BillingContext, input: { userId: string; refundId: string; now: Date }, registry = sellableRegistry) {
  let tokensRestored = 0;
  for (const sellable of registry.all()) {
    if (sellable.refundFailed) tokensRestored += (await sellable.refundFailed(tx, { ctx, ...input })).tokensRestored ?? 0;
  }
  return { tokensRestored };
}
