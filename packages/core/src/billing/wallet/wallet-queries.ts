import type { Db } from "@tillbox/db";
import { DomainError } from "../../errors";
import { getTokenBalance } from "./ledger";
import { findWalletUsers } from "./wallet-access";
import { assertUserId } from "./wallet-input";
import type { TokenLedgerPage } from "./wallet-output";

export type { TokenLedgerItem, TokenLedgerPage } from "./wallet-output";

export interface LedgerPageOptions {
  /** The `nextCursor` of the previous page; omitted for the newest entries. */
  cursor?: string;
  limit?: number;
  /** Admin views also see metadata (adjustment reasons, transfer ids); customers don't. */
  includeMetadata?: boolean;
}

/** Newest first, paged by write order (sequence): stable while new entries arrive. */
export async function listTokenLedger(db: Db, tenantId: string, userId: string, options: LedgerPageOptions = {}): Promise<TokenLedgerPage> {
  assertUserId(userId);
  const limit = Math.min(Math.max(Math.trunc(options.limit ?? 25), 1), 100);
  if (options.cursor !== undefined && !/^\d{1,19}$/.test(options.cursor)) {
    throw new DomainError("INVALID_CURSOR", "cursor must be the nextCursor of a previous page (field: cursor).");
  }
  const wallet = await db.tokenWallet.findUnique({ where: { tenantId_userId: { tenantId, userId } }, select: { id: true, balance: true } });
  if (!wallet) return { balance: 0, entries: [], nextCursor: null };
  const rows = await db.tokenLedgerEntry.findMany({
    where: { walletId: wallet.id, tenantId, ...(options.cursor ? { sequence: { lt: BigInt(options.cursor) } } : {}) },
    orderBy: { sequence: "desc" },
    take: limit + 1,
  });
  const page = rows.slice(0, limit);
  return {
    balance: wallet.balance,
    entries: page.map((row) => ({
      id: row.id,
      kind: row.kind,
      amount: row.amount,
      balanceAfter: row.balanceAfter,
      feature: row.feature,
      reference: row.reference,
      expiresAt: row.expiresAt,
      createdAt: row.createdAt,
      ...(options.includeMetadata ? { metadata: row.metadata } : {}),
    })),
    nextCursor: rows.length > limit ? page.at(-1)!.sequence.toString() : null,
  };
}

/** For admin reads of another user: NOT_FOUND unless the user belongs to the tenant. */
export async function getUserTokenBalance(db: Db, tenantId: string, userId: string): Promise<{ userId: string; balance: number }> {
  assertUserId(userId);
  await findWalletUsers(db, tenantId, { userId });
  return { userId, balance: await getTokenBalance(db, tenantId, userId) };
}

export async function listUserTokenLedger(db: Db, tenantId: string, userId: string, options: LedgerPageOptions = {}): Promise<TokenLedgerPage> {
  assertUserId(userId);
  await findWalletUsers(db, tenantId, { userId });
  return listTokenLedger(db, tenantId, userId, { includeMetadata: true, ...options });
}
