import { randomUUID } from "node:crypto";
import type { DbOrTx, Tx } from "@tillbox/db";
import { coreEvents, emit } from "@tillbox/events";
import { DomainError } from "../../errors";
import { MAX_AMOUNT } from "../money/limits";
import {
  assertKind,
  assertLabel,
  assertTokenAmount,
  assertUserId,
  inTransaction,
  tokenCreditKinds,
  tokenDebitKinds,
  utcParam,
  type TokenCreditKind,
  type TokenDebitKind,
} from "./wallet-input";

interface EntryCommon {
  tenantId: string;
  userId: string;
  /** Tokens moved: a positive whole number; the entry's sign comes from credit or debit. */
  amount: number;
  reference?: string | null;
  feature?: string | null;
  metadata?: Record<string, unknown>;
  /** Business time from the billing clock; stored as the entry's createdAt. */
  now: Date;
}

export interface CreditTokensInput extends EntryCommon {
  kind: TokenCreditKind;
  /** Set for grants that lapse (plans without roll-over): the unused remainder expires then. */
  expiresAt?: Date | null;
}

export interface DebitTokensInput extends EntryCommon {
  kind: TokenDebitKind;
}

export interface TokenEntryResult {
  entryId: string;
  walletId: string;
  /** The wallet balance right after this entry (= the entry's balanceAfter). */
  balance: number;
}

/** balance_after is BIGINT, which raw queries return as a bigint (Prisma's models map it to a number). */
interface WrittenRow {
  id: string;
  wallet_id: string;
  balance_after: bigint | number;
}

/**
 * Adds tokens. One statement creates the wallet on first use or adds to it (the upsert takes the
 * row lock) and appends the entry with the balance that statement produced, so concurrent credits
 * and debits never lose an update. Pass the transaction of the purchase or grant it belongs to.
 */
export async function creditTokens(db: DbOrTx, input: CreditTokensInput): Promise<TokenEntryResult> {
  validate(input, tokenCreditKinds);
  const expiresAt = input.expiresAt ? utcParam(input.expiresAt) : null;
  return inTransaction(db, async (tx) => {
    const rows = await tx.$queryRaw<WrittenRow[]>`
      WITH wallet AS (
        INSERT INTO "billing_token_wallet" ("id", "tenant_id", "user_id", "balance", "updated_at")
        SELECT ${randomUUID()}::uuid, u."tenant_id", u."id", ${input.amount}::bigint, ${utcParam(input.now)}::timestamptz AT TIME ZONE 'UTC'
        FROM "user_account" u WHERE u."id" = ${input.userId}::uuid AND u."tenant_id" = ${input.tenantId}::text
        ON CONFLICT ("tenant_id", "user_id") DO UPDATE
          SET "balance" = "billing_token_wallet"."balance" + EXCLUDED."balance", "updated_at" = EXCLUDED."updated_at"
          WHERE "billing_token_wallet"."balance" <= ${MAX_AMOUNT}::bigint - EXCLUDED."balance"
        RETURNING "id", "balance"
      )
      INSERT INTO "billing_token_ledger_entry"
        ("id", "tenant_id", "wallet_id", "kind", "amount", "balance_after", "reference", "feature", "expires_at", "metadata", "created_at")
      SELECT ${randomUUID()}::uuid, ${input.tenantId}::text, wallet."id", ${input.kind}::text::"TokenEntryKind", ${input.amount}::bigint,
        wallet."balance", ${input.reference ?? null}::text, ${input.feature ?? null}::text,
        ${expiresAt}::timestamptz AT TIME ZONE 'UTC', ${JSON.stringify(input.metadata ?? {})}::jsonb,
        ${utcParam(input.now)}::timestamptz AT TIME ZONE 'UTC'
      FROM wallet
      RETURNING "id", "wallet_id", "balance_after"`;
    const row = rows[0];
    if (!row) {
      const wallet = await findWallet(tx, input.tenantId, input.userId);
      if (!wallet) throw new DomainError("USER_NOT_FOUND", `No user with id "${input.userId}" (field: userId).`, "NOT_FOUND");
      throw new DomainError("TOKEN_BALANCE_OVERFLOW", `A balance of ${wallet.balance} can't take ${input.amount} more tokens (field: amount).`, "CONFLICT");
    }
    return entryResult(tx, input, row, "credited");
  });
}

/**
 * Takes tokens, or throws INSUFFICIENT_TOKENS having written nothing. The guarded UPDATE is the
 * whole check: Postgres re-evaluates `balance >= amount` on the locked row, so N concurrent debits
 * succeed exactly as often as the balance allows and the balance never goes below zero.
 */
export async function debitTokens(db: DbOrTx, input: DebitTokensInput): Promise<TokenEntryResult> {
  validate(input, tokenDebitKinds);
  return inTransaction(db, async (tx) => {
    const rows = await tx.$queryRaw<WrittenRow[]>`
      WITH wallet AS (
        UPDATE "billing_token_wallet"
        SET "balance" = "balance" - ${input.amount}::bigint, "updated_at" = ${utcParam(input.now)}::timestamptz AT TIME ZONE 'UTC'
        WHERE "tenant_id" = ${input.tenantId}::text AND "user_id" = ${input.userId}::uuid AND "balance" >= ${input.amount}::bigint
        RETURNING "id", "balance"
      )
      INSERT INTO "billing_token_ledger_entry"
        ("id", "tenant_id", "wallet_id", "kind", "amount", "balance_after", "reference", "feature", "metadata", "created_at")
      SELECT ${randomUUID()}::uuid, ${input.tenantId}::text, wallet."id", ${input.kind}::text::"TokenEntryKind", 0 - ${input.amount}::bigint,
        wallet."balance", ${input.reference ?? null}::text, ${input.feature ?? null}::text, ${JSON.stringify(input.metadata ?? {})}::jsonb,
        ${utcParam(input.now)}::timestamptz AT TIME ZONE 'UTC'
      FROM wallet
      RETURNING "id", "wallet_id", "balance_after"`;
    const row = rows[0];
    if (!row) {
      const balance = (await findWallet(tx, input.tenantId, input.userId))?.balance ?? 0;
      throw new DomainError("INSUFFICIENT_TOKENS", `Not enough tokens: the balance is ${balance}, ${input.amount} needed (field: amount).`, "CONFLICT");
    }
    return entryResult(tx, input, row, "debited");
  });
}

/** The user's balance; 0 before their first entry (the wallet is created on first credit). */
export async function getTokenBalance(db: DbOrTx, tenantId: string, userId: string): Promise<number> {
  assertUserId(userId);
  return (await findWallet(db, tenantId, userId))?.balance ?? 0;
}

async function findWallet(db: DbOrTx, tenantId: string, userId: string) {
  return db.tokenWallet.findUnique({ where: { tenantId_userId: { tenantId, userId } }, select: { id: true, balance: true } });
}

function validate(input: EntryCommon & { kind: string }, kinds: readonly string[]): void {
  assertTokenAmount(input.amount);
  assertKind(input.kind, kinds);
  assertUserId(input.userId);
  assertLabel(input.reference, "reference");
  assertLabel(input.feature, "feature", 100);
  utcParam(input.now);
}

/** Emits the entry's event in the same transaction and answers with the balance as a number. */
async function entryResult(tx: Tx, input: EntryCommon & { kind: string }, row: WrittenRow, direction: "credited" | "debited"): Promise<TokenEntryResult> {
  const balance = Number(row.balance_after);
  const payload = {
    userId: input.userId,
    walletId: row.wallet_id,
    entryId: row.id,
    kind: input.kind,
    amount: input.amount,
    balance,
    feature: input.feature ?? null,
    reference: input.reference ?? null,
  };
  const event = direction === "credited" ? coreEvents.tokensCredited : coreEvents.tokensDebited;
  await emit(tx, event, payload, { tenantId: input.tenantId });
  return { entryId: row.id, walletId: row.wallet_id, balance };
}
