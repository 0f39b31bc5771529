import type { Db, Tx } from "@tillbox/db";
import type { Clock } from "../clock";
import { replayLots, type GrantLot } from "./grant-lots";
import { debitTokens } from "./ledger";
import { utcParam } from "./wallet-input";

export interface ExpireTokenGrantsResult {
  wallets: number;
  /** Lapsed grants closed in this run (including those already used up). */
  grants: number;
  /** Tokens written off across them. */
  expiredTokens: number;
}

/**
 * Writes off the unused remainder of every grant whose expiresAt has passed (see grant-lots.ts for
 * which tokens a debit used). Each grant is closed once: billing_token_grant_expiry's primary key,
 * written under the wallet's row lock, makes a second or concurrent run a no-op. Runs across all
 * tenants unless `tenantId` narrows it. One transaction per wallet, so a failure loses nothing.
 */
export async function expireTokenGrants(options: { db: Db; clock: Clock; tenantId?: string; batchSize?: number }): Promise<ExpireTokenGrantsResult> {
  const now = options.clock.now();
  const batchSize = options.batchSize ?? 200;
  const result: ExpireTokenGrantsResult = { wallets: 0, grants: 0, expiredTokens: 0 };
  for (;;) {
    const wallets = await options.db.$queryRaw<{ wallet_id: string }[]>`
      SELECT DISTINCT g."wallet_id" FROM "billing_token_ledger_entry" g
      WHERE g."expires_at" IS NOT NULL AND g."expires_at" <= ${utcParam(now)}::timestamptz AT TIME ZONE 'UTC' AND g."amount" > 0
        AND (${options.tenantId ?? null}::text IS NULL OR g."tenant_id" = ${options.tenantId ?? null}::text)
        AND NOT EXISTS (SELECT 1 FROM "billing_token_grant_expiry" x WHERE x."grant_entry_id" = g."id")
      LIMIT ${batchSize}::int`;
    if (wallets.length === 0) return result;
    let progress = 0;
    for (const { wallet_id: walletId } of wallets) {
      const closed = await options.db.$transaction((tx) => expireWalletGrants(tx, walletId, now));
      progress += closed.length;
      result.wallets += closed.length > 0 ? 1 : 0;
      result.grants += closed.length;
      result.expiredTokens += closed.reduce((sum, grant) => sum + grant.amount, 0);
    }
    // A concurrent run took this batch: it finishes the rest, and this one must not spin.
    if (progress === 0) return result;
  }
}

interface ClosedGrant {
  lot: GrantLot;
  amount: number;
  entryId: string | null;
}

async function expireWalletGrants(tx: Tx, walletId: string, now: Date): Promise<ClosedGrant[]> {
  // The row lock orders this run after every in-flight debit and before any later one.
  const [wallet] = await tx.$queryRaw<{ tenant_id: string; user_id: string; balance: bigint | number }[]>`
    SELECT "tenant_id", "user_id", "balance" FROM "billing_token_wallet" WHERE "id" = ${walletId}::uuid FOR UPDATE`;
  if (!wallet) return [];
  const rows = await tx.tokenLedgerEntry.findMany({
    where: { walletId },
    orderBy: { sequence: "asc" },
    select: { id: true, sequence: true, kind: true, amount: true, reference: true, expiresAt: true, createdAt: true },
  });
  const closedBefore = await tx.tokenGrantExpiry.findMany({ where: { walletId }, select: { grantEntryId: true, closedThroughSequence: true } });
  const state = replayLots(rows, new Map(closedBefore.map((row) => [row.grantEntryId, row.closedThroughSequence])));
  const due = state.lots.filter((lot) => lot.closedThrough === null && lot.expiresAt <= now);
  if (due.length === 0) return [];
  let balance = Number(wallet.balance);
  const closed: ClosedGrant[] = [];
  for (const lot of due) {
    // Capped by the balance as a last guard; the replay keeps lots + pool = balance, so it never bites.
    const amount = Math.max(0, Math.min(lot.remaining, balance));
    let entryId: string | null = null;
    if (amount > 0) {
      const written = await debitTokens(tx, {
        tenantId: wallet.tenant_id,
        userId: wallet.user_id,
        amount,
        kind: "expiry",
        reference: lot.entryId,
        now,
        metadata: { grantEntryId: lot.entryId, granted: lot.granted, expiresAt: lot.expiresAt.toISOString() },
      });
      entryId = written.entryId;
      balance = written.balance;
    }
    closed.push({ lot, amount, entryId });
  }
  const last = await tx.tokenLedgerEntry.findFirstOrThrow({ where: { walletId }, orderBy: { sequence: "desc" }, select: { sequence: true } });
  await tx.tokenGrantExpiry.createMany({
    data: closed.map(({ lot, amount, entryId }) => ({
      grantEntryId: lot.entryId,
      tenantId: wallet.tenant_id,
      walletId,
      amount,
      entryId,
      closedThroughSequence: last.sequence,
      processedAt: now,
    })),
  });
  return closed;
}
