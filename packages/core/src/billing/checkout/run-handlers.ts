import type { CheckoutState, DraftLine, LineItemHandler } from "./line-items";

/** Sorted by order (ties keep registration order); a handler id registered twice runs once. */
export function orderHandlers(handlers: readonly LineItemHandler[]): LineItemHandler[] {
  const seen = new Set<string>();
  const unique = handlers.filter((handler) => (seen.has(handler.id) ? false : (seen.add(handler.id), true)));
  return unique.map((handler, index) => ({ handler, index })).sort((a, b) => a.handler.order - b.handler.order || a.index - b.index).map(({ handler }) => handler);
}

/** Runs the pipeline; a handler that leaves a fractional amount is a bug and is named. */
export function runHandlers(state: CheckoutState, handlers: readonly LineItemHandler[]): CheckoutState {
  let current = state;
  for (const handler of orderHandlers(handlers)) {
    current = handler.apply(current);
    const bad = current.lines.find((line) => !integerLine(line));
    if (bad) throw new Error(`Line-item handler "${handler.id}" left a non-integer amount on "${bad.description}".`);
  }
  return current;
}

function integerLine(line: DraftLine): boolean {
  return Number.isSafeInteger(line.amount) && Number.isSafeInteger(line.unitAmount) && (!line.tax || Number.isSafeInteger(line.tax.amount));
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
