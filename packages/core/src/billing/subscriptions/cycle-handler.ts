import type { DraftLine, LineItemHandler } from "../checkout/line-items";
import { verifiedPayload } from "./signed-metadata";

/** A renewal resolved from the subscription row and its pending invoice items (renewals.ts). */
export interface ResolvedCycle {
  subscriptionId: string;
  planId: string;
  planName: string;
  currency: string;
  quantity: number;
  unitAmount: number;
  periodStart: string;
  periodEnd: string;
  items: { id: string; kind: string; description: string; amount: number; periodStart: string | null; periodEnd: string | null }[];
}

const day = (iso: string) => iso.slice(0, 10);

/**
 * core.subscription-cycle (order 110): the renewal invoice's plan line at the price the
 * subscription locked in (not today's catalogue price), plus the pending proration items it
 * carries. Only signed metadata from the renewal job counts (see signed-metadata.ts).
 */
export const subscriptionCycleHandler: LineItemHandler = {
  id: "core.subscription-cycle",
  order: 110,
  apply(state) {
    const cycle = verifiedPayload<ResolvedCycle>(state.cart.metadata?.subscriptionCycle);
    if (!cycle || cycle.currency !== state.cart.currency) return state;
    const planLine: DraftLine = {
      kind: "plan",
      source: "core.subscription-cycle",
      description: `${cycle.planName} (${day(cycle.periodStart)} – ${day(cycle.periodEnd)})`,
      quantity: cycle.quantity,
      unitAmount: cycle.unitAmount,
      amount: cycle.unitAmount * cycle.quantity,
      taxable: true,
      tax: null,
      periodStart: new Date(cycle.periodStart),
      periodEnd: new Date(cycle.periodEnd),
      refs: { subscriptionId: cycle.subscriptionId, planId: cycle.planId, renewal: true },
    };
    const itemLines: DraftLine[] = cycle.items.map((item) => ({
      kind: item.kind,
      source: "core.proration",
      description: item.description,
      quantity: 1,
      unitAmount: item.amount,
      amount: item.amount,
      taxable: true,
      tax: null,
      periodStart: item.periodStart ? new Date(item.periodStart) : undefined,
      periodEnd: item.periodEnd ? new Date(item.periodEnd) : undefined,
      refs: { subscriptionId: cycle.subscriptionId, pendingItemId: item.id },
    }));
    return { ...state, lines: [...state.lines, planLine, ...itemLines] };
  },
};
