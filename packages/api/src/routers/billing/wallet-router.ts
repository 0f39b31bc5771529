import { z } from "zod";
import {
  adjustTokens,
  getTokenBalance,
  getUserTokenBalance,
  listTokenLedger,
  listUserTokenLedger,
  signedTokenCountSchema,
  tokenBalanceSchema,
  tokenCountSchema,
  tokenLedgerPageSchema,
  transferTokens,
} from "@tillbox/core";
import { authorizedProcedure, router, SIGNED_IN, type Context } from "@tillbox/trpc";
import { billingContextOf } from "../../billing-context";

const userId = z.object({ userId: z.string().uuid() });
const page = z.object({
  cursor: z
    .string()
    .regex(/^\d{1,19}$/, "Use the nextCursor of the previous page")
    .optional(),
  limit: z.number().int().min(1).max(100).default(25),
});
const reason = z.string().trim().min(1, "Say why").max(500);

/** "signed-in" guarantees an id; the caller's own wallet is the only one these procedures touch. */
const self = (ctx: Context) => ctx.actor.id!;

/**
 * billing.wallet.*: customers read their own balance and ledger; operators read anyone's
 * (billing:read), adjust it and move tokens between users (billing:manage, audited, reason
 * required). Customer-to-customer transfers are deliberately not offered: finding the receiver
 * by email would let anyone probe which addresses have accounts.
 */
export const billingWalletRouter = router({
  balance: authorizedProcedure(SIGNED_IN)
    .output(tokenBalanceSchema)
    .query(async ({ ctx }) => ({ balance: await getTokenBalance(ctx.db, ctx.tenantId, self(ctx)) })),

  /** Newest entries first; pass nextCursor for older ones. */
  ledger: authorizedProcedure(SIGNED_IN)
    .input(page.default({ limit: 25 }))
    .output(tokenLedgerPageSchema)
    .query(({ ctx, input }) => listTokenLedger(ctx.db, ctx.tenantId, self(ctx), input)),

  balanceOf: authorizedProcedure("billing:read")
    .input(userId)
    .query(({ ctx, input }) => getUserTokenBalance(ctx.db, ctx.tenantId, input.userId)),

  ledgerOf: authorizedProcedure("billing:read")
    .input(userId.extend(page.shape))
    .query(({ ctx, input }) => listUserTokenLedger(ctx.db, ctx.tenantId, input.userId, input)),

  /** amount > 0 adds tokens, < 0 takes them (never below zero). */
  adjust: authorizedProcedure("billing:manage")
    .input(userId.extend({ amount: signedTokenCountSchema, reason }))
    .mutation(({ ctx, input }) => adjustTokens(billingContextOf(ctx), input)),

  transfer: authorizedProcedure("billing:manage")
    .input(z.object({ fromUserId: z.string().uuid(), toUserId: z.string().uuid(), amount: tokenCountSchema, reason }))
    .mutation(({ ctx, input }) => transferTokens(billingContextOf(ctx), input)),
});
