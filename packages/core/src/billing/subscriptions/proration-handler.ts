import type { LineItemHandler } from "../checkout/line-items";
import { prorationLines, type ResolvedSubscriptionChange } from "./proration";
import { verifiedPayload } from "./signed-metadata";

/**
 * core.proration (order 200): the credit and charge lines of a plan change, from
 * cart.metadata.subscriptionChange as previewSubscriptionChange / applySubscriptionChange resolved
 * and signed it. Anything else under that key (a customer's own metadata) is ignored.
 */
export const prorationHandler: LineItemHandler = {
  id: "core.proration",
  order: 200,
  apply(state) {
    const change = verifiedPayload<ResolvedSubscriptionChange>(state.cart.metadata?.subscriptionChange);
    if (!change || change.currency !== state.cart.currency || change.subscriptionId === undefined) return state;
    const lines = prorationLines(change);
    return lines.length === 0 ? state : { ...state, lines: [...state.lines, ...lines] };
  },
};
