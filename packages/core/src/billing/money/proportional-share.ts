import { divideRounded } from "./rounding";

/**
 * The share of `part` that belongs to the refunded slice (before, after] of `whole`, computed
 * cumulatively: round(part × after / whole) − round(part × before / whole). Each slice is rounded
 * once (halves away from zero, exact in BigInt), and partial refunds that add up to the whole add up to exactly `part` (no cent drifts).
 */
export function proportionalShare(part: number, whole: number, before: number, after: number): number {
  if (whole <= 0 || part === 0) return 0;
  return divideRounded(BigInt(part) * BigInt(after), whole) - divideRounded(BigInt(part) * BigInt(before), whole);
}
