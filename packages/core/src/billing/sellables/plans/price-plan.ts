import type { CheckoutState, DraftLine } from "../../checkout/line-items";
import { billingPeriod } from "../../subscriptions/billing-period";
import type { PlanItem } from "./plan-item";

const DAY_MS = 86_400_000;
const day = (date: Date) => date.toISOString().slice(0, 10);

/**
 * A plan's line at its catalogue price. A plan with a trial gets a single 0-amount "Trial of
 * <plan> until <date>" line instead (as Stripe's first invoice of a trialing subscription); its
 * first paid period is invoiced when the trial ends.
 */
export function pricePlan(state: CheckoutState, item: PlanItem, index: number): DraftLine[] {
  const quantity = item.quantity ?? 1;
  const base = { kind: "plan", source: "core.price", quantity, taxable: true, tax: null };
  const plan = state.catalogue.plans[item.planId]!;
  const price = plan.price!;
  const refs = { itemIndex: index, planId: plan.id, priceId: price.id };
  if (plan.trialDays > 0 && plan.interval !== "one_time") {
    const trialEnd = new Date(state.now.getTime() + plan.trialDays * DAY_MS);
    return [
      {
        ...base,
        description: `Trial of ${plan.name} until ${day(trialEnd)}`,
        unitAmount: 0,
        amount: 0,
        periodStart: state.now,
        periodEnd: trialEnd,
        refs: { ...refs, trial: true },
      },
    ];
  }
  const amount = quantity * price.unitAmount;
  if (plan.interval === "one_time") return [{ ...base, description: plan.name, unitAmount: price.unitAmount, amount, refs }];
  const period = billingPeriod(state.now, plan.interval, plan.intervalCount, 0);
  return [
    {
      ...base,
      description: `${plan.name} (${day(period.start)} – ${day(period.end)})`,
      unitAmount: price.unitAmount,
      amount,
      periodStart: period.start,
      periodEnd: period.end,
      refs,
    },
  ];
}
