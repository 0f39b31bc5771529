import { recordAudit } from "../../audit/record-audit";
import { DomainError } from "../../errors";
import type { BillingContext } from "../context";
import { creditTokens, debitTokens, type TokenEntryResult } from "./ledger";
import { auditFields, findWalletUsers, requireScope } from "./wallet-access";
import { assertTokenAmount, assertUserId, inTransaction } from "./wallet-input";

export interface AdjustTokensInput {
  userId: string;
  /** Signed: positive adds tokens, negative takes them (never below zero). */
  amount: number;
  /** Required: shown in the audit log and kept on the entry. */
  reason: string;
}

/** An operator's correction (billing:manage): an `adjustment` entry plus an audit entry, in one transaction. */
export async function adjustTokens(ctx: BillingContext, input: AdjustTokensInput): Promise<TokenEntryResult> {
  requireScope(ctx, "billing:manage");
  assertUserId(input.userId);
  if (typeof input.amount !== "number" || input.amount === 0) {
    throw new DomainError("INVALID_TOKEN_AMOUNT", "An adjustment adds or takes at least one token (field: amount).");
  }
  assertTokenAmount(Math.abs(input.amount));
  const reason = typeof input.reason === "string" ? input.reason.trim() : "";
  if (reason.length === 0 || reason.length > 500) {
    throw new DomainError("REASON_REQUIRED", "Say why the balance changes, in at most 500 characters (field: reason).");
  }
  const now = ctx.clock.now();
  return inTransaction(ctx.db, async (tx) => {
    await findWalletUsers(tx, ctx.tenantId, { userId: input.userId });
    const origin = auditFields(ctx);
    const entry = { tenantId: ctx.tenantId, userId: input.userId, amount: Math.abs(input.amount), kind: "adjustment" as const, now };
    const metadata = { reason, actorId: origin.actorId };
    const written = input.amount > 0 ? await creditTokens(tx, { ...entry, metadata }) : await debitTokens(tx, { ...entry, metadata });
    await recordAudit(tx, {
      ...origin,
      action: "tokens.adjust",
      targetType: "user",
      targetId: input.userId,
      data: { amount: input.amount, reason, entryId: written.entryId, balance: written.balance },
    });
    return written;
  });
}
