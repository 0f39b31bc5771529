import { MILLIPERCENT_PER_UNIT } from "../money/percent";
import { divideRounded } from "../money/rounding";

/**
 * The tax of one line, rounded once by the billing rule (halves away from zero):
 * exclusive: tax = round(amount × rate); inclusive (amount contains the tax):
 * tax = amount − round(amount / (1 + rate)). Exact integer arithmetic; a credit (negative amount)
 * gets the negated tax of the same positive amount.
 */
export function lineTax(amount: number, millipercent: number, inclusive: boolean): number {
  if (inclusive) {
    const net = divideRounded(BigInt(amount) * BigInt(MILLIPERCENT_PER_UNIT), MILLIPERCENT_PER_UNIT + millipercent);
    return amount - net || 0;
  }
  return divideRounded(BigInt(amount) * BigInt(millipercent), MILLIPERCENT_PER_UNIT);
}
