import { divideRounded } from "../money";
import type { DraftLine } from "../checkout/line-items";

export type ProrationBehavior = "always_invoice" | "create_prorations" | "none";

/**
 * A plan change resolved against the database (change-resolve.ts): everything the pure proration
 * handler needs, so it never reads anything. Dates are ISO strings: this travels in cart metadata
 * and is stored with the invoice's cart.
 */
export interface ResolvedSubscriptionChange {
  subscriptionId: string;
  currency: string;
  quantity: number;
  fromPlanId: string;
  fromPlanName: string;
  /** Per unit and period, as the subscription pays it now. */
  fromUnitAmount: number;
  toPlanId: string;
  toPlanName: string;
  toUnitAmount: number;
  toInterval: "week" | "month" | "year";
  toIntervalCount: number;
  /** The new plan's isSingle category (the subscription takes its slot). */
  toSingleCategoryId: string | null;
  periodStart: string;
  periodEnd: string;
  prorationDate: string;
  behavior: ProrationBehavior;
  /** The interval changes: a new cycle starts at prorationDate (Stripe resets the anchor) and ends here. */
  newPeriodEnd: string | null;
  /** No proration while trialing: the trial goes on and the new plan is billed when it ends. */
  trialing: boolean;
}

/**
 * Stripe's per-second proration for a change at t in [start, end): the unused time on the old
 * price is credited, the remaining time on the new price charged, each one line rounded once
 * (halves away from zero, computed exactly in BigInt):
 *   credit = −round(oldAmount × (end − t) / (end − start))
 *   charge = +round(newAmount × (end − t) / (end − start))
 * When the interval changes the cycle restarts at t, so the new plan's whole first period is
 * charged instead. Amounts are unit amount × quantity.
 */
export function prorationAmounts(change: ResolvedSubscriptionChange): { credit: number; charge: number } {
  const start = Date.parse(change.periodStart);
  const end = Date.parse(change.periodEnd);
  const at = Date.parse(change.prorationDate);
  const oldAmount = change.fromUnitAmount * change.quantity;
  const newAmount = change.toUnitAmount * change.quantity;
  // A proration date inside the period's first second (whole-second dates) counts from its start.
  const remaining = BigInt(Math.min(end - at, end - start));
  const length = BigInt(end - start);
  const credit = -divideRounded(BigInt(oldAmount) * remaining, length);
  const charge = change.newPeriodEnd ? newAmount : divideRounded(BigInt(newAmount) * remaining, length);
  return { credit, charge };
}

const day = (iso: string) => iso.slice(0, 10);

/** The invoice lines of a change (none for behaviour none on the same interval, or while trialing). */
export function prorationLines(change: ResolvedSubscriptionChange): DraftLine[] {
  if (change.trialing) return [];
  const { credit, charge } = prorationAmounts(change);
  const at = new Date(change.prorationDate);
  const refs = { subscriptionId: change.subscriptionId, proration: true, prorationDate: change.prorationDate };
  const base = { kind: "proration", source: "core.proration", quantity: 1, taxable: true, tax: null, periodStart: at };
  const lines: DraftLine[] = [];
  if (change.behavior !== "none" && credit !== 0) {
    lines.push({
      ...base,
      description: `Unused time on ${change.fromPlanName} after ${day(change.prorationDate)}`,
      unitAmount: credit,
      amount: credit,
      periodEnd: new Date(change.periodEnd),
      refs: { ...refs, planId: change.fromPlanId },
    });
  }
  // A new cycle is always charged (as in Stripe, whatever the behaviour); same-cycle time only when prorating.
  if (change.newPeriodEnd || (change.behavior !== "none" && charge !== 0)) {
    const description = change.newPeriodEnd
      ? `${change.toPlanName} (${day(change.prorationDate)} – ${day(change.newPeriodEnd)})`
      : `Remaining time on ${change.toPlanName} after ${day(change.prorationDate)}`;
    lines.push({
      ...base,
      description,
      unitAmount: charge,
      amount: charge,
      periodEnd: new Date(change.newPeriodEnd ?? change.periodEnd),
      refs: { ...refs, planId: change.toPlanId },
    });
  }
  return lines;
}
