import { z } from "zod";
import { DomainError } from "../../errors";

/**
 * The largest amount of minor units, or of tokens, that billing stores or computes: 15 digits
 * (¥999 trillion; Stripe's largest is 12 digits, for IDR). The columns are BIGINT; JavaScript numbers
 * are exact to 2^53, and staying a factor of 9 below that means a quantity × price product or a sum
 * of lines that overshoots is still seen as too large before floating point could blur it.
 * Every schema and every computed amount is held to this one limit.
 */
export const MAX_AMOUNT = 999_999_999_999_999;

const limitMessage = `must be at most ${MAX_AMOUNT.toLocaleString("en")}`;

/** A price or an amount of money in minor units: 0 … MAX_AMOUNT. */
export const minorUnitsSchema = z.int().min(0).max(MAX_AMOUNT, limitMessage);
/** An amount that must move something (a refund, a charge): 1 … MAX_AMOUNT. */
export const positiveMinorUnitsSchema = z.int().min(1).max(MAX_AMOUNT, limitMessage);
/** A number of tokens to credit, debit or sell: 1 … MAX_AMOUNT. */
export const tokenCountSchema = z.int().min(1).max(MAX_AMOUNT, limitMessage);
/** A number of tokens that may be none (a plan's grant per period): 0 … MAX_AMOUNT. */
export const tokenAllowanceSchema = z.int().min(0).max(MAX_AMOUNT, limitMessage);
/** A signed change of a balance (an operator's adjustment): ±1 … ±MAX_AMOUNT. */
export const signedTokenCountSchema = z
  .int()
  .min(-MAX_AMOUNT, `must be at least ${(-MAX_AMOUNT).toLocaleString("en")}`)
  .max(MAX_AMOUNT, limitMessage)
  .refine((value) => value !== 0, "must not be 0");

export function withinAmountLimit(value: number): boolean {
  return Number.isFinite(value) && Math.abs(value) <= MAX_AMOUNT;
}

/**
 * A computed amount (quantity × price, a total, a balance after a credit) that must fit: the error
 * names the field the customer or operator can change.
 */
export function assertWithinAmountLimit(value: number, field: string, what = "This amount"): void {
  if (withinAmountLimit(value)) return;
  throw new DomainError(
    "AMOUNT_TOO_LARGE",
    `${what} would be ${Number.isFinite(value) ? value.toLocaleString("en") : "too large"}; the largest amount Tillbox handles is ${MAX_AMOUNT.toLocaleString("en")} (field: ${field}).`,
  );
}
