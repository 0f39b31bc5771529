import type { Tx } from "@tillbox/db";
import { DomainError } from "../../errors";
import { divideRounded } from "../money";
import type { BillingContext } from "../context";
import { debitTokens, getTokenBalance } from "../wallet";


/**
 * The share of `part` that belongs to the refunded slice (before, after] of `whole`, computed
 * cumulatively: round(part × after / whole) − round(part × before / whole). Each slice is rounded
 * once (halves away from zero, exact in BigInt), and partial refunds that add up to the whole add up to exactly `part` (no cent drifts).
 */
export function proportionalShare(part: number, whole: number, before: number, after: number): number {
  if (whole <= 0 || part === 0) return 0;
  return divideRounded(BigInt(part) * BigInt(after), whole) - divideRounded(BigInt(part) * BigInt(before), whole);
}

/**
 * Token bundles bought on a refunded invoice are taken back in proportion to the refunded share of
 * the invoice total (same cumulative rounding as tax). Rule: only what the wallet still holds is
 * debited (kind "refund"); tokens already spent stay spent and the shortfall is recorded in the
 * ledger entry's metadata. Returns the tokens debited.
 */
export async function clawBackTokens(
  tx: Tx,
  ctx: BillingContext,
  invoice: { id: string; userId: string; total: number; lines: { kind: string; quantity: number; refs: unknown }[] },
  before: number,
  after: number,
  refundId: string,
  now: Date,
): Promise<number> {
  const bought = invoice.lines
    .filter((line) => line.kind === "token_bundle")
    .reduce((sum, line) => sum + Number((line.refs as Record<string, unknown>).tokens ?? 0) * line.quantity, 0);
  const due = proportionalShare(bought, invoice.total, before, after);
  if (due <= 0) return 0;
  const balance = await getTokenBalance(tx, ctx.tenantId, invoice.userId);
  const amount = Math.min(due, balance);
  if (amount <= 0) return 0;
  try {
    await debitTokens(tx, {
      tenantId: ctx.tenantId, userId: invoice.userId, amount, kind: "refund", reference: invoice.id,
      metadata: { refundId, tokensDue: due, shortfall: due - amount }, now,
    });
  } catch (error) {
    // Spent between the balance read and the debit: keep the refund, leave the tokens.
    if (error instanceof DomainError && error.code === "INSUFFICIENT_TOKENS") return 0;
    throw error;
  }
  return amount;
}
