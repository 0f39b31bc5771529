/**
 * /checkout?plan=<id>&bundle=<id>&addOn=<id>&currency=EUR → the cart the checkout prices. Ids may
 * repeat or be comma-separated; `subscription` attaches add-ons to an existing subscription.
 * Only the shape is checked here: the server decides what is sellable.
 */
export type QueryValue = string | string[] | undefined;

export type CartItem =
  { kind: "plan"; planId: string } | { kind: "add_on"; addOnId: string; subscriptionId?: string } | { kind: "token_bundle"; bundleId: string };

export interface QueryCart {
  /** Null: the catalogue's default currency. */
  currency: string | null;
  items: CartItem[];
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function values(value: QueryValue): string[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list
    .flatMap((entry) => entry.split(","))
    .map((entry) => entry.trim())
    .filter(Boolean);
}

export function cartFromQuery(query: Record<string, QueryValue>): { ok: true; cart: QueryCart } | { ok: false; error: string } {
  const plans = values(query.plan);
  const addOns = [...values(query.addOn), ...values(query["add-on"])];
  const bundles = values(query.bundle);
  const subscription = values(query.subscription)[0];
  const bad = [...plans, ...addOns, ...bundles, ...(subscription ? [subscription] : [])].find((id) => !uuid.test(id));
  if (bad) return { ok: false, error: `"${bad}" is not a valid plan, add-on or bundle id.` };
  const items: CartItem[] = [
    ...plans.map((planId) => ({ kind: "plan" as const, planId })),
    ...addOns.map((addOnId) => ({ kind: "add_on" as const, addOnId, ...(subscription ? { subscriptionId: subscription } : {}) })),
    ...bundles.map((bundleId) => ({ kind: "token_bundle" as const, bundleId })),
  ];
  if (items.length === 0) return { ok: false, error: "Your cart is empty: choose a plan or a token bundle first." };
  if (items.length > 50) return { ok: false, error: "A cart holds at most 50 items." };
  const currency = values(query.currency)[0]?.toUpperCase() ?? null;
  if (currency !== null && !/^[A-Z]{3}$/.test(currency)) return { ok: false, error: `"${currency}" is not a currency code like EUR.` };
  return { ok: true, cart: { currency, items } };
}
