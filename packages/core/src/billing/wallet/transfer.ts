import { randomUUID } from "node:crypto";
import { DomainError } from "../../errors";
import { recordAudit } from "../../audit/record-audit";
import type { BillingContext } from "../context";
import { creditTokens, debitTokens, type TokenEntryResult } from "./ledger";
import { auditFields, findWalletUsers } from "./wallet-access";
import { assertLabel, assertTokenAmount, assertUserId, inTransaction } from "./wallet-input";

export interface TransferTokensInput {
  fromUserId: string;
  toUserId: string;
  amount: number;
  /** Why, for the audit log and both entries' metadata. */
  reason?: string;
}

export interface TransferTokensResult {
  transferId: string;
  from: TokenEntryResult;
  to: TokenEntryResult;
}

/**
 * Moves tokens between two wallets of the tenant: a `transfer` debit and a `transfer` credit in one
 * transaction (metadata.transferId links them; each entry's reference is the other user). Both
 * wallet rows are locked in wallet-id order before either is written, so A→B and B→A running at
 * the same time queue behind each other instead of deadlocking. Audited when an actor is set.
 */
export async function transferTokens(ctx: BillingContext, input: TransferTokensInput): Promise<TransferTokensResult> {
  assertUserId(input.fromUserId, "fromUserId");
  assertUserId(input.toUserId, "toUserId");
  assertTokenAmount(input.amount);
  assertLabel(input.reason, "reason", 500);
  const now = ctx.clock.now();
  return inTransaction(ctx.db, async (tx) => {
    await findWalletUsers(tx, ctx.tenantId, { fromUserId: input.fromUserId, toUserId: input.toUserId });
    if (input.fromUserId === input.toUserId) {
      throw new DomainError("TRANSFER_TO_SELF", "A transfer needs two different users (field: toUserId).");
    }
    // Created up front so the lock below covers it; ON CONFLICT DO NOTHING never waits on a committed row.
    await tx.$executeRaw`
      INSERT INTO "billing_token_wallet" ("id", "tenant_id", "user_id", "balance", "updated_at")
      VALUES (${randomUUID()}::uuid, ${ctx.tenantId}::text, ${input.toUserId}::uuid, 0, ${now.toISOString()}::timestamptz AT TIME ZONE 'UTC')
      ON CONFLICT ("tenant_id", "user_id") DO NOTHING`;
    await tx.$queryRaw`
      SELECT "id" FROM "billing_token_wallet"
      WHERE "tenant_id" = ${ctx.tenantId}::text AND "user_id" IN (${input.fromUserId}::uuid, ${input.toUserId}::uuid)
      ORDER BY "id" FOR UPDATE`;
    const transferId = randomUUID();
    const reason = input.reason ?? null;
    const common = { tenantId: ctx.tenantId, amount: input.amount, kind: "transfer" as const, now };
    const from = await debitTokens(tx, {
      ...common,
      userId: input.fromUserId,
      reference: input.toUserId,
      metadata: { transferId, toUserId: input.toUserId, reason },
    });
    const to = await creditTokens(tx, {
      ...common,
      userId: input.toUserId,
      reference: input.fromUserId,
      metadata: { transferId, fromUserId: input.fromUserId, reason },
    });
    if (ctx.actor) {
      await recordAudit(tx, {
        ...auditFields(ctx),
        action: "tokens.transfer",
        targetType: "user",
        targetId: input.fromUserId,
        data: { transferId, toUserId: input.toUserId, amount: input.amount, reason, fromBalance: from.balance, toBalance: to.balance },
      });
    }
    return { transferId, from, to };
  });
}
