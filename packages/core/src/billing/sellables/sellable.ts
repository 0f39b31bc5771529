import type { z } from "zod";
import type { DbOrTx, Tx } from "@tillbox/db";
import type { Cart, CheckoutState, DraftLine } from "../checkout/line-items";
import type { BillingContext } from "../context";

/** What every cart item carries; a sellable's own schema adds its fields (planId, seatId, …). */
export interface SellableItem {
  kind: string;
  quantity?: number;
}

/** Per-line states recorded on billing_invoice_line.fulfilment; each move happens once. */
export const LINE_FULFILMENT_STATES = ["none", "reserved", "released", "fulfilled", "reversed"] as const;
export type LineFulfilmentState = (typeof LINE_FULFILMENT_STATES)[number];

/** Why reservations are let go: the payment failed or was declined, or the invoice was voided (expired, withdrawn). */
export type ReleaseReason = "payment_failed" | "invoice_void";

/** The invoice a line belongs to, as fulfilment, release and reversal see it. */
export interface SoldInvoice {
  id: string;
  tenantId: string;
  userId: string;
  subscriptionId: string | null;
  billingReason: string;
  total: number;
  currency: string;
}

/** One stored invoice line handed to a sellable, with its invoice and the transaction's clock. */
export interface SoldLine {
  ctx: BillingContext;
  invoice: SoldInvoice;
  line: { id: string; kind: string; quantity: number; unitAmount: number; amount: number; refs: Record<string, unknown> };
  /** The state the line was in before this step (a released line being fulfilled must take its stock again). */
  previous: LineFulfilmentState;
  now: Date;
}

export interface ReserveInput<TItem> {
  ctx: BillingContext;
  state: CheckoutState;
  item: TItem;
  /** The priced line of this item (refs.itemIndex names the cart item). */
  line: DraftLine;
  /** The provider checkout will charge (null for a zero total without one). */
  provider: string | null;
  options: { collectionMethod: "charge_automatically" | "send_invoice"; awaitingPaymentMethod: boolean };
  /** The first subscription this checkout reserved (sellables reserve in registry order: billing's plans first). */
  subscriptionId: string | null;
}

/** What a reservation adds to its line and, for the first that asks, to the invoice header. */
export interface Reservation {
  refs?: Record<string, string | number | boolean | null>;
  invoice?: { subscriptionId: string; periodStart: Date | null; periodEnd: Date | null };
  /** Runs once the invoice exists, in the same transaction (rows that reference the invoice). */
  attach?(tx: Tx, invoiceId: string): Promise<void>;
}

/** A refund's slice (before, after] of the invoice's paid amount, for sellables that take back in proportion. */
export interface RefundSlice {
  ctx: BillingContext;
  invoice: SoldInvoice;
  lines: SoldLine["line"][];
  before: number;
  after: number;
  refundId: string;
  now: Date;
}

/**
 * Something billing sells. Checkout never branches on a kind: it parses each cart item with its
 * sellable's schema, loads and prices it, reserves it inside the checkout transaction, and the
 * paid-invoice transaction fulfils each line through it. The loop in sellables/line-steps.ts
 * records every step on the line (billing_invoice_line.fulfilment) with a conditional update,
 * so fulfil, release and reverse each run at most once per line, whatever replays them.
 */
export interface Sellable<TSchema extends z.ZodType<SellableItem> = z.ZodType<SellableItem>> {
  /** The cart item's and invoice line's kind: core's are plain words, a plugin's are "<slug>:<name>". */
  kind: string;
  /** The plugin that adds it (null for billing's own): a disabled plugin's items are refused at checkout. */
  plugin?: string | null;
  /** The zod schema of its cart item (kind literal included); errors name the item's field. */
  item: TSchema;
  /** Other invoice line kinds it fulfils (a plan change's proration lines change the plan's subscription). */
  lineKinds?: readonly string[];
  /** Its catalogue rows for a cart, read before the pure pricing runs; kept in state.catalogue.sellables[kind]. */
  load?(db: DbOrTx, input: { ctx: BillingContext; cart: Cart; items: { item: z.output<TSchema>; index: number }[] }): Promise<unknown>;
  /** Cart rules that need stored data (the customer's subscriptions), after load, before pricing; errors name the item. */
  check?(db: DbOrTx, state: CheckoutState): Promise<void>;
  /** Tokens one unit of the item credits when paid: checkout holds the order's credit to the wallet's limit before charging. */
  tokensCredited?(state: CheckoutState, item: z.output<TSchema>): number;
  /** The item starts a free trial that renews automatically: a zero-total checkout saves a payment method first. */
  startsTrial?(state: CheckoutState, item: z.output<TSchema>): boolean;
  /** Its line handler: the invoice lines of one cart item (pure: no I/O, state.now for time). */
  price(state: CheckoutState, item: z.output<TSchema>, index: number): DraftLine[];
  /** Checkout starts: hold what is sold (a pending subscription, a seat) in the checkout transaction. */
  reserve?(tx: Tx, input: ReserveInput<z.output<TSchema>>): Promise<Reservation | void>;
  /** When release applies (default: both); a line it does not apply to stays reserved for the next reason. */
  releaseOn?: readonly ReleaseReason[];
  /** The payment failed or the invoice is void: give back what reserve held. */
  release?(tx: Tx, line: SoldLine, reason: ReleaseReason): Promise<void>;
  /** Inside the paid-invoice transaction; a throw undoes the whole fulfilment and queues a payment issue. */
  fulfil(tx: Tx, line: SoldLine): Promise<void>;
  /** The line's money went back in full (the invoice is wholly refunded): undo what fulfil did. */
  reverse?(tx: Tx, line: SoldLine): Promise<void>;
  /** Every refund of the invoice, partial ones included, with all this sellable's lines (tokens go back in proportion). */
  refunded?(tx: Tx, slice: RefundSlice): Promise<{ tokensDebited?: number }>;
  /** A refund the provider later failed: give back what `refunded` took for it. */
  refundFailed?(tx: Tx, input: { ctx: BillingContext; userId: string; refundId: string; now: Date }): Promise<{ tokensRestored?: number }>;
}

/** Keeps a sellable's item type exact while it is registered next to others. */
export function defineSellable<TSchema extends z.ZodType<SellableItem>>(sellable: Sellable<TSchema>): Sellable<TSchema> {
  return sellable;
}

/** A sellable of any item type, as the registry holds it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnySellable = Sellable<any>;
