import { creditTokens, debitTokens, DomainError, systemClock, type Clock, type TokenEntryResult } from "@tillbox/core";
import type { DbOrTx } from "@tillbox/db";

/** Whose tokens pay: in a procedure, `{ db: ctx.db, tenantId: ctx.tenantId, userId: ctx.actor.id }`. */
export interface MeteredUser {
  /**
   * Pass the request client (ctx.db), not a transaction: the deduction then commits before `fn`
   * runs, so no wallet lock is held while the feature works. Inside a transaction, deduction and
   * refund belong to it and roll back with it.
   */
  db: DbOrTx;
  tenantId: string;
  userId: string | null;
  /** Business time of the ledger entries; the system clock unless a test sets one. */
  clock?: Clock;
}

/**
 * Charges `cost` tokens for one use of `feature`, then runs `fn` and returns its result.
 * The `usage` entry is written BEFORE the call, so concurrent calls can never spend more than the
 * balance: without enough tokens `fn` isn't called and DomainError INSUFFICIENT_TOKENS (CONFLICT)
 * is thrown. If `fn` throws, the tokens come back as a `refund` entry whose reference is the usage
 * entry id, and the error is rethrown. `fn` receives the usage entry (id, balance after it).
 *
 *   const summary = await meter({ db: ctx.db, tenantId: ctx.tenantId, userId: ctx.actor.id }, "ai-summary", 5,
 *     async () => summarise(input.text));
 */
export async function meter<T>(user: MeteredUser, feature: string, cost: number, fn: (usage: TokenEntryResult) => Promise<T> | T): Promise<T> {
  if (!user.userId) throw new DomainError("SIGN_IN_REQUIRED", "Metered features need a signed-in user (field: userId).", "FORBIDDEN");
  if (typeof feature !== "string" || !/^[a-z0-9][a-z0-9:._/-]{0,99}$/.test(feature)) {
    throw new DomainError("INVALID_FEATURE", `feature must be a lowercase key such as "ai-summary", got ${JSON.stringify(feature)} (field: feature).`);
  }
  if (typeof cost !== "number" || !Number.isSafeInteger(cost) || cost <= 0) {
    throw new DomainError("INVALID_TOKEN_AMOUNT", `cost must be a whole number of tokens of at least 1, got ${String(cost)} (field: cost).`);
  }
  const clock = user.clock ?? systemClock;
  const target = { tenantId: user.tenantId, userId: user.userId, amount: cost, feature };
  const usage = await debitTokens(user.db, { ...target, kind: "usage", now: clock.now() });
  try {
    return await fn(usage);
  } catch (error) {
    try {
      await creditTokens(user.db, { ...target, kind: "refund", reference: usage.entryId, now: clock.now() });
    } catch (refundError) {
      // The feature's error is what the caller must see; the lost refund needs an operator (adjustment).
      console.error(`meter: refund of ${cost} tokens for usage entry ${usage.entryId} (${feature}) failed`, refundError);
    }
    throw error;
  }
}
