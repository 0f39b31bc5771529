import { assertWithinAmountLimit, withinAmountLimit } from "../money/limits";
import type { CheckoutState, DraftLine, LineItemHandler } from "./line-items";

/** Sorted by order (ties keep registration order); a handler id registered twice runs once. */
export function orderHandlers(handlers: readonly LineItemHandler[]): LineItemHandler[] {
  const seen = new Set<string>();
  const unique = handlers.filter((handler) => (seen.has(handler.id) ? false : (seen.add(handler.id), true)));
  return unique
    .map((handler, index) => ({ handler, index }))
    .sort((a, b) => a.handler.order - b.handler.order || a.index - b.index)
    .map(({ handler }) => handler);
}

/**
 * Runs the pipeline. A handler that leaves a fractional amount is a bug and is named; a line
 * whose amount is beyond MAX_AMOUNT (a huge quantity × price) is the customer's to change, so it
 * is refused naming the cart item it came from. Totals are held to the same limit.
 */
export function runHandlers(state: CheckoutState, handlers: readonly LineItemHandler[]): CheckoutState {
  let current = state;
  for (const handler of orderHandlers(handlers)) {
    current = handler.apply(current);
    for (const line of current.lines) {
      const amounts = [line.amount, line.unitAmount, line.tax?.amount ?? 0];
      const oversized = amounts.find((amount) => !withinAmountLimit(amount));
      if (oversized !== undefined) assertWithinAmountLimit(oversized, lineField(line), `"${line.description}"`);
      if (!amounts.every(Number.isSafeInteger)) throw new Error(`Line-item handler "${handler.id}" left a non-integer amount on "${line.description}".`);
    }
  }
  const totals = computeTotals(current.lines);
  for (const [name, amount] of Object.entries(totals)) assertWithinAmountLimit(amount, "items", `The order's ${name}`);
  return current;
}

/** The cart field a line came from (core's and plugins' lines name their item index in refs). */
function lineField(line: DraftLine): string {
  const index = line.refs.itemIndex;
  return typeof index === "number" ? `items[${index}].quantity` : "items";
}

export interface CheckoutTotals {
  subtotal: number;
  taxTotal: number;
  total: number;
}

/**
 * Lines are already rounded (one rounding per line, halves away from zero, by the handlers), so
 * totals are plain sums: subtotal = Σ amounts (gross for inclusive rates), tax = Σ line taxes,
 * total = subtotal + the exclusive taxes (inclusive ones are already inside the amounts).
 */
export function computeTotals(lines: readonly DraftLine[]): CheckoutTotals {
  let subtotal = 0;
  let taxTotal = 0;
  let exclusiveTax = 0;
  for (const line of lines) {
    subtotal += line.amount;
    if (!line.tax) continue;
    taxTotal += line.tax.amount;
    if (!line.tax.rate.inclusive) exclusiveTax += line.tax.amount;
  }
  return { subtotal, taxTotal, total: subtotal + exclusiveTax };
}
