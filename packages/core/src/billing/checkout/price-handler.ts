import { billingPeriod } from "../subscriptions";
import type { CartItem, CheckoutState, DraftLine, LineItemHandler } from "./line-items";

const DAY_MS = 86_400_000;
const day = (date: Date) => date.toISOString().slice(0, 10);

/**
 * core.price (order 100): one line per cart item at its catalogue price. A plan with a trial
 * gets a single 0-amount "Trial of <plan> until <date>" line instead (as Stripe's first invoice
 * of a trialing subscription); its first paid period is invoiced when the trial ends.
 */
export const priceHandler: LineItemHandler = {
  id: "core.price",
  order: 100,
  apply(state) {
    const lines = state.cart.items.map((item, index) => lineFor(state, item, index));
    return { ...state, lines: [...state.lines, ...lines] };
  },
};

function lineFor(state: CheckoutState, item: CartItem, index: number): DraftLine {
  const quantity = item.quantity ?? 1;
  const base = { source: "core.price", quantity, taxable: true, tax: null };
  if (item.kind === "plan") {
    const plan = state.catalogue.plans[item.planId]!;
    const price = plan.price!;
    const refs = { itemIndex: index, planId: plan.id, priceId: price.id };
    if (plan.trialDays > 0 && plan.interval !== "one_time") {
      const trialEnd = new Date(state.now.getTime() + plan.trialDays * DAY_MS);
      return {
        ...base, kind: "plan", description: `Trial of ${plan.name} until ${day(trialEnd)}`, unitAmount: 0, amount: 0,
        periodStart: state.now, periodEnd: trialEnd, refs: { ...refs, trial: true },
      };
    }
    const amount = quantity * price.unitAmount;
    if (plan.interval === "one_time") return { ...base, kind: "plan", description: plan.name, unitAmount: price.unitAmount, amount, refs };
    const period = billingPeriod(state.now, plan.interval, plan.intervalCount, 0);
    return {
      ...base, kind: "plan", description: `${plan.name} (${day(period.start)} – ${day(period.end)})`, unitAmount: price.unitAmount, amount,
      periodStart: period.start, periodEnd: period.end, refs,
    };
  }
  if (item.kind === "add_on") {
    const addOn = state.catalogue.addOns[item.addOnId]!;
    const price = addOn.price!;
    return {
      ...base, kind: "add_on", description: addOn.name, unitAmount: price.unitAmount, amount: quantity * price.unitAmount,
      refs: { itemIndex: index, addOnId: addOn.id, priceId: price.id, recurring: addOn.recurring, subscriptionId: item.subscriptionId ?? null },
    };
  }
  const bundle = state.catalogue.bundles[item.bundleId]!;
  const price = bundle.price!;
  return {
    ...base, kind: "token_bundle", description: `${bundle.name} (${bundle.tokens} tokens)`, unitAmount: price.unitAmount,
    amount: quantity * price.unitAmount, refs: { itemIndex: index, bundleId: bundle.id, priceId: price.id, tokens: bundle.tokens },
  };
}
