import type { Tx } from "@tillbox/db";
import type { BillingContext } from "../context";
import { sellableRegistry } from "../sellables/registry";
import type { Reservation } from "../sellables/sellable";
import type { CheckoutState, DraftLine } from "./line-items";

/**
 * Inside checkout's transaction, each priced item's sellable reserves what it sells (a pending
 * subscription, a pending add-on purchase, a seat from stock), in registry order (billing's plans
 * first, so an add-on can join the cart's new subscription). What a reservation names goes on its
 * line's refs; the first one that carries a subscription heads the invoice. Once the invoice
 * exists, attachInvoice lets reservations point at it, and the reserved lines' positions are what
 * createInvoiceFromState records as reserved.
 */
export interface PurchaseOptions {
  /** How the new subscriptions pay later (send_invoice: a trial through a provider that can't save a method). */
  collectionMethod: "charge_automatically" | "send_invoice";
  /** A trial whose payment method the customer still has to confirm: incomplete until then. */
  awaitingPaymentMethod: boolean;
}

export async function createCheckoutPurchases(
  tx: Tx,
  ctx: BillingContext,
  state: CheckoutState,
  provider: string | null,
  options: PurchaseOptions = { collectionMethod: "charge_automatically", awaitingPaymentMethod: false },
) {
  const lines: DraftLine[] = [...state.lines];
  const reservations: Reservation[] = [];
  const reserved = new Set<number>();
  let header: NonNullable<Reservation["invoice"]> | null = null;
  for (const sellable of sellableRegistry.all()) {
    if (!sellable.reserve) continue;
    for (const [position, line] of state.lines.entries()) {
      const index = line.refs.itemIndex;
      const item = typeof index === "number" ? state.cart.items[index] : undefined;
      if (line.kind !== sellable.kind || item?.kind !== sellable.kind) continue;
      const reservation = await sellable.reserve(tx, { ctx, state, item, line, provider, options, subscriptionId: header?.subscriptionId ?? null });
      reserved.add(position);
      if (!reservation) continue;
      reservations.push(reservation);
      if (reservation.refs) lines[position] = { ...line, refs: { ...line.refs, ...reservation.refs } };
      header ??= reservation.invoice ?? null;
    }
  }
  return {
    state: { ...state, lines } as CheckoutState,
    /** The subscriptions this checkout started (the first heads the invoice). */
    subscriptionIds: reservations.flatMap((reservation) => (reservation.invoice ? [reservation.invoice.subscriptionId] : [])),
    header,
    reserved,
    async attachInvoice(invoiceId: string) {
      for (const reservation of reservations) await reservation.attach?.(tx, invoiceId);
    },
  };
}
