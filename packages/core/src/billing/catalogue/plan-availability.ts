/**
 * Why customers can't buy a plan, or can't all buy it, in one place: the admin plan list and
 * detail show these as "Not offered because …", and they follow the rules the portal applies
 * (public-catalogue.ts lists active plans with an active price in the shown currency; the
 * portal's change-plan dialog offers the other recurring plans of the subscription's category).
 */
export type PlanNotice =
  /** Not sold any more; subscribers keep it and renew. */
  | { reason: "archived" }
  /** No active price in any enabled currency: nobody can buy it. */
  | { reason: "no_price" }
  /** Customers who pay in these enabled currencies can neither buy it nor switch to it. */
  | { reason: "missing_currencies"; currencies: string[] }
  /** Listed under "Other plans", but no subscriber can switch to it (plan changes stay within a category). */
  | { reason: "no_category" };

export interface PlanAvailability {
  /** Someone can buy it: active, with an active price in at least one enabled currency. */
  offered: boolean;
  /** The enabled currencies it is sold in. */
  currencies: string[];
  /** Empty when every customer can buy it (and, for a recurring plan, switch to it). */
  notices: PlanNotice[];
}

interface PlanFacts {
  status: string;
  interval: string;
  categoryId: string | null;
  /** Active prices only. */
  prices: readonly { currency: string }[];
}

export function planAvailability(plan: PlanFacts, enabledCurrencies: readonly string[]): PlanAvailability {
  const priced = new Set(plan.prices.map((price) => price.currency));
  const currencies = enabledCurrencies.filter((code) => priced.has(code));
  const missing = enabledCurrencies.filter((code) => !priced.has(code));
  const notices: PlanNotice[] = [];
  if (plan.status !== "active") notices.push({ reason: "archived" });
  if (currencies.length === 0) notices.push({ reason: "no_price" });
  else if (missing.length) notices.push({ reason: "missing_currencies", currencies: missing });
  // A one-time plan is never a plan-change target, so it loses nothing without a category.
  if (!plan.categoryId && plan.interval !== "one_time") notices.push({ reason: "no_category" });
  return { offered: plan.status === "active" && currencies.length > 0, currencies, notices };
}
