import type { Db, DbOrTx, Tx } from "@tillbox/db";
import { DomainError } from "../../errors";
import { isUuid } from "../../identity/access/uuid";
import { MAX_AMOUNT } from "../money/limits";

export const tokenCreditKinds = ["purchase", "grant", "refund", "adjustment", "transfer"] as const;
export const tokenDebitKinds = ["usage", "adjustment", "refund", "transfer", "expiry"] as const;
export type TokenCreditKind = (typeof tokenCreditKinds)[number];
export type TokenDebitKind = (typeof tokenDebitKinds)[number];

export function assertKind(kind: unknown, allowed: readonly string[]): void {
  if (typeof kind !== "string" || !allowed.includes(kind)) {
    throw new DomainError("INVALID_TOKEN_ENTRY", `kind must be one of ${allowed.join(", ")}, got ${String(kind)} (field: kind).`);
  }
}

/** A positive whole number of tokens; the error names the field so forms can point at it. */
export function assertTokenAmount(amount: unknown, field = "amount"): asserts amount is number {
  if (typeof amount !== "number" || !Number.isSafeInteger(amount) || amount <= 0 || amount > MAX_AMOUNT) {
    throw new DomainError("INVALID_TOKEN_AMOUNT", `Token amounts are whole numbers from 1 to ${MAX_AMOUNT}, got ${String(amount)} (field: ${field}).`);
  }
}

export function assertUserId(userId: unknown, field = "userId"): asserts userId is string {
  if (typeof userId !== "string" || !isUuid(userId)) {
    throw new DomainError("USER_NOT_FOUND", `No user with id "${String(userId)}" (field: ${field}).`, "NOT_FOUND");
  }
}

/** Optional short strings (feature, reference) stored on the entry. */
export function assertLabel(value: unknown, field: string, max = 200): void {
  if (value === undefined || value === null) return;
  if (typeof value !== "string" || value.length === 0 || value.length > max) {
    throw new DomainError("INVALID_TOKEN_ENTRY", `${field} must be a non-empty string of at most ${max} characters (field: ${field}).`);
  }
}

/**
 * Prisma's defaults (2 s to get a connection, 5 s in all) fail healthy work when many requests
 * queue on one hot wallet row: waiting for the row lock is the point, so allow longer.
 */
const WALLET_TRANSACTION = { maxWait: 10_000, timeout: 30_000 };

/**
 * Runs `work` in the caller's transaction when given one (so a purchase credits atomically with
 * its invoice), or in a new one when given a client: a ledger write and its event never split.
 */
export async function inTransaction<T>(db: DbOrTx, work: (tx: Tx) => Promise<T>): Promise<T> {
  // A transaction client has no $connect (Prisma 7 gives it a $transaction, for nested savepoints,
  // so that can't tell them apart); a root client, plain or tenant-scoped, has one.
  if (typeof (db as Partial<Db>).$connect === "function") return (db as Db).$transaction((tx) => work(tx), WALLET_TRANSACTION);
  return work(db as Tx);
}

/** Timestamps go to TIMESTAMP(3) columns as UTC wall time, the way Prisma stores DateTime. */
export function utcParam(date: Date): string {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
    throw new DomainError("INVALID_TOKEN_ENTRY", "now must be a valid Date (field: now).");
  }
  return date.toISOString();
}
