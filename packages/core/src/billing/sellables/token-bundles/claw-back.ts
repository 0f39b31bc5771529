import type { Tx } from "@tillbox/db";
import { DomainError } from "../../../errors";
import { proportionalShare } from "../../money/proportional-share";
import { creditTokens, debitTokens, getTokenBalance } from "../../wallet";
import type { RefundSlice } from "../sellable";
import type { BillingContext } from "../../context";

/**
 * Token bundles bought on a refunded invoice are taken back in proportion to the refunded share of
 * the invoice total (same cumulative rounding as tax). Rule: only what the wallet still holds is
 * debited (kind "refund"); tokens already spent stay spent and the shortfall is recorded in the
 * ledger entry's metadata. Returns the tokens debited.
 */
export async function clawBackTokens(tx: Tx, slice: RefundSlice): Promise<number> {
  const { ctx, invoice, before, after, refundId, now } = slice;
  const bought = slice.lines.reduce((sum, line) => sum + Number(line.refs.tokens ?? 0) * line.quantity, 0);
  const due = proportionalShare(bought, invoice.total, before, after);
  if (due <= 0) return 0;
  const balance = await getTokenBalance(tx, ctx.tenantId, invoice.userId);
  const amount = Math.min(due, balance);
  if (amount <= 0) return 0;
  try {
    await debitTokens(tx, {
      tenantId: ctx.tenantId,
      userId: invoice.userId,
      amount,
      kind: "refund",
      reference: invoice.id,
      metadata: { refundId, tokensDue: due, shortfall: due - amount },
      now,
    });
  } catch (error) {
    // Spent between the balance read and the debit: keep the refund, leave the tokens.
    if (error instanceof DomainError && error.code === "INSUFFICIENT_TOKENS") return 0;
    throw error;
  }
  return amount;
}

/**
 * Gives back what clawBackTokens debited for a refund the provider later failed: a "refund" credit
 * referencing the debit entry, so expiring grants get their tokens back into the same lots (grant-lots.ts).
 */
export async function restoreTokens(tx: Tx, input: { ctx: BillingContext; userId: string; refundId: string; now: Date }): Promise<number> {
  const { ctx, userId, refundId, now } = input;
  const debits = await tx.tokenLedgerEntry.findMany({
    where: { tenantId: ctx.tenantId, kind: "refund", amount: { lt: 0 }, metadata: { path: ["refundId"], equals: refundId } },
    orderBy: { sequence: "asc" },
  });
  let restored = 0;
  for (const debit of debits) {
    await creditTokens(tx, {
      tenantId: ctx.tenantId,
      userId,
      amount: -debit.amount,
      kind: "refund",
      reference: debit.id,
      metadata: { refundId, reason: "refund_failed" },
      now,
    });
    restored += -debit.amount;
  }
  return restored;
}
